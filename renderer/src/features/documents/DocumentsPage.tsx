import { ComingSoon } from '../../components/ComingSoon';
import { documentsMessages } from './messages.vi';

export function DocumentsPage() {
  return (
    <ComingSoon
      title={documentsMessages.title}
      summary={documentsMessages.summary}
      planned={documentsMessages.planned}
    />
  );
}
