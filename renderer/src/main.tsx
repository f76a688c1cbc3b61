import { createRoot } from 'react-dom/client';
import { captureTokenFromUrl } from './api/transport';

captureTokenFromUrl();
createRoot(document.getElementById('root')!).render(<div>TĐKT Desk</div>);
