import { PATHS } from '../../app/paths';
import { useHashPath } from '../../app/use-hash-route';
import { DossierDetailPage, DossierNotFound } from './DossierDetailPage';
import './dossiers.css';
import { DuplicatesPage } from '../duplicates/DuplicatesPage';
import { NominationSearchPage } from '../search/NominationSearchPage';
import { IntakeBoardPage } from './IntakeBoardPage';
import { dossiersMessages } from './messages.vi';
import { DOSSIER_SLUGS } from './paths';
import { RegisterPage } from './RegisterPage';
import { SectionCrumbs } from './SectionCrumbs';

/**
 * `#/ho-so` (the register), `#/ho-so/12` (one dossier), `#/ho-so/theo-doi` (who has submitted),
 * `#/ho-so/trung-lap` (duplicates), `#/ho-so/tim-kiem` (search across nominations).
 */
export function DossiersPage() {
  const path = useHashPath();
  const rest = path.slice(PATHS.dossiers.length).replace(/^\//, '');
  if (rest === '') return <RegisterPage />;
  if (rest === DOSSIER_SLUGS.intake) return <IntakeBoardPage />;
  if (rest === DOSSIER_SLUGS.duplicates) {
    return (
      <>
        <SectionCrumbs current={dossiersMessages.nav.duplicates} />
        <DuplicatesPage />
      </>
    );
  }
  if (rest === DOSSIER_SLUGS.search) {
    return (
      <>
        <SectionCrumbs current={dossiersMessages.nav.search} />
        <NominationSearchPage />
      </>
    );
  }
  const id = /^\d+$/.test(rest) ? Number(rest) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) return <DossierNotFound />;
  return <DossierDetailPage id={id} />;
}
