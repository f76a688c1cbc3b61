import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import type { DossierDetail } from '../../../../shared/domain/dossier';
import { QueryError } from '../../components/QueryError';
import { movementQueries } from '../movements/queries';
import { dossiersMessages } from './messages.vi';

const t = dossiersMessages.quota;

/** The movement's quota violations for this dossier's unit (the same board as under Phong trào). */
export function QuotaAlerts({ dossier }: { dossier: DossierDetail & { movementId: number } }) {
  const board = useQuery(movementQueries.board(dossier.movementId));
  if (board.isPending) return null;
  if (board.isError) {
    return <QueryError error={board.error} onRetry={() => void board.refetch()} />;
  }
  const violations = board.data.violations.filter((v) => v.unitId === dossier.proposingUnitId);
  if (violations.length === 0) {
    if (dossier.nominationCount === 0) return null;
    return <Alert type="success" showIcon title={t.ok(dossier.proposingUnitName)} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      className="dossier-quota"
      title={t.over(violations.length)}
      description={
        <ul className="dossier-quota-list" aria-label={t.title}>
          {violations.map((v, i) => (
            <li key={`${v.code}-${v.ruleId}-${v.limitKey}-${i}`}>{v.message}</li>
          ))}
        </ul>
      }
    />
  );
}
