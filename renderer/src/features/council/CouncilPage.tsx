import { PATHS } from '../../app/paths';
import { useHashPath } from '../../app/use-hash-route';
import { CouncilDetailPage, CouncilNotFound } from './CouncilDetailPage';
import { CouncilsListPage } from './CouncilsListPage';
import { SESSION_SLUG } from './paths';
import { SessionPage } from './SessionPage';
import './council.css';

const positiveId = (text: string): number | null => {
  if (!/^\d+$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** `#/hoi-dong` (the councils), `#/hoi-dong/3` (one council), `#/hoi-dong/phien-hop/5` (a session). */
export function CouncilPage() {
  const path = useHashPath();
  const rest = path.slice(PATHS.council.length).replace(/^\//, '');
  if (rest === '') return <CouncilsListPage />;
  const [first = '', second = ''] = rest.split('/');
  if (first === SESSION_SLUG) {
    const id = positiveId(second);
    return id === null ? <CouncilNotFound /> : <SessionPage key={id} id={id} />;
  }
  const id = positiveId(first);
  return id === null || second !== '' ? (
    <CouncilNotFound />
  ) : (
    <CouncilDetailPage key={id} id={id} />
  );
}
