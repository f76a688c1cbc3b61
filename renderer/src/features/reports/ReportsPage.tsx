import { ComingSoon } from '../../components/ComingSoon';
import { reportsMessages } from './messages.vi';

export function ReportsPage() {
  return (
    <ComingSoon
      title={reportsMessages.title}
      summary={reportsMessages.summary}
      planned={reportsMessages.planned}
    />
  );
}
