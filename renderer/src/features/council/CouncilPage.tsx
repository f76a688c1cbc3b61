import { ComingSoon } from '../../components/ComingSoon';
import { councilMessages } from './messages.vi';

export function CouncilPage() {
  return (
    <ComingSoon
      title={councilMessages.title}
      summary={councilMessages.summary}
      planned={councilMessages.planned}
    />
  );
}
