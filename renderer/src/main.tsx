import 'antd/dist/reset.css';
import './app/app.css';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureTokenFromUrl } from './api/transport';
import { AppRoot } from './app/AppRoot';

// First: take the browser-mode token out of the address bar before anything reads the hash.
captureTokenFromUrl();
// Opening the printed address again in the same tab (e.g. after a server restart) only changes
// the hash, so the page is not reloaded: capture the token then too. Registered before React's
// listener, so the router already sees `#/`.
window.addEventListener('hashchange', captureTokenFromUrl);
dayjs.locale('vi');

const root = document.getElementById('root');
if (!root) throw new Error('Thiếu phần tử #root trong index.html');
createRoot(root).render(
  <StrictMode>
    <AppRoot />
  </StrictMode>,
);
