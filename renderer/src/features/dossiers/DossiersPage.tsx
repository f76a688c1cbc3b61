import { ComingSoon } from '../../components/ComingSoon';
import { dossiersMessages } from './messages.vi';

export function DossiersPage() {
  return (
    <ComingSoon
      title={dossiersMessages.title}
      summary={dossiersMessages.summary}
      planned={dossiersMessages.planned}
    />
  );
}
