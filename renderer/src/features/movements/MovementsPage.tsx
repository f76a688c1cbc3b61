import { ComingSoon } from '../../components/ComingSoon';
import { movementsMessages } from './messages.vi';

export function MovementsPage() {
  return (
    <ComingSoon
      title={movementsMessages.title}
      summary={movementsMessages.summary}
      planned={movementsMessages.planned}
    />
  );
}
