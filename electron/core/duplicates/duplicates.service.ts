import type { DuplicatePairView, DuplicateResolveData } from '../../../shared/domain/duplicate';
import { birthLabel } from '../../../shared/domain/nomination';
import { findDuplicatePairs, pairKey } from '../../../shared/rules/duplicates';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import * as dossiersRepo from '../dossiers/dossiers.repo';
import { AppError, notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import * as nominationsRepo from '../nominations/nominations.repo';

export interface DuplicatesService {
  list(movementId: number): DuplicatePairView[];
  resolve(input: DuplicateResolveData): { key: string };
}

export function createDuplicatesService(db: Db, clock: () => Date): DuplicatesService {
  const decided = () =>
    new Set(
      (statement(db, 'SELECT pair_key AS k FROM duplicate_decisions').all() as { k: string }[]).map(
        (r) => r.k,
      ),
    );

  return {
    list(movementId) {
      if (!movementsRepo.getMovement(db, movementId))
        throw notFound(`phong trào có mã số ${movementId}`);
      const candidates = nominationsRepo.listDuplicateCandidates(db, movementId);
      const done = decided();
      const pairs = findDuplicatePairs(candidates).filter((p) => !done.has(pairKey(p.a, p.b)));
      const side = (id: number) => {
        const n = nominationsRepo.getNomination(db, id);
        if (!n) throw notFound(`trường hợp đề nghị ${id}`);
        return {
          id,
          movementId: n.movementId,
          movementTitle: movementsRepo.getMovement(db, n.movementId)?.title ?? '',
          dossierId: n.dossierId,
          gender: n.gender,
          hasIdNumber: n.hasIdNumber,
          fullName: n.fullName,
          honorific: n.honorific,
          subjectType: n.subjectType,
          birth: birthLabel(n),
          workplace: n.workplace,
          position: n.position,
          proposingUnitName: n.proposingUnitName,
          dossierLabel: n.dossierLabel,
          awardFormName: n.awardFormName,
          periodCode: n.periodCode,
        };
      };
      return pairs.map((p) => ({
        key: pairKey(p.a, p.b),
        severity: p.severity,
        strength: p.strength,
        evidence: p.evidence,
        a: side(p.a),
        b: side(p.b),
      }));
    },
    resolve({ a, b, decision, keepId, reason }) {
      const [na, nb] = [
        nominationsRepo.getNomination(db, a, true),
        nominationsRepo.getNomination(db, b, true),
      ];
      if (!na || !nb) throw notFound('trường hợp đề nghị của cặp nghi trùng');
      const key = pairKey(a, b);
      const now = clock().toISOString();
      if (decision === 'khac_nguoi') {
        statement(
          db,
          `INSERT INTO duplicate_decisions (pair_key, decision, reason, decided_at) VALUES (?, 'khac_nguoi', ?, ?)
           ON CONFLICT (pair_key) DO UPDATE SET decision = 'khac_nguoi', reason = excluded.reason,
             decided_at = excluded.decided_at`,
        ).run(key, reason, now);
        return { key };
      }
      if (keepId !== a && keepId !== b) {
        throw new AppError('VALIDATION', 'Chọn trường hợp được giữ lại.', [
          {
            field: 'keepId',
            fieldLabel: 'Giữ trường hợp',
            message: 'Chọn trường hợp được giữ lại.',
          },
        ]);
      }
      const removed = keepId === a ? nb : na;
      db.transaction(() => {
        statement(
          db,
          `INSERT INTO duplicate_decisions (pair_key, decision, kept_id, removed_snapshot, reason, decided_at)
           VALUES (?, 'gop', ?, ?, ?, ?)
           ON CONFLICT (pair_key) DO UPDATE SET decision = 'gop', kept_id = excluded.kept_id,
             removed_snapshot = excluded.removed_snapshot, reason = excluded.reason, decided_at = excluded.decided_at`,
        ).run(key, keepId, JSON.stringify(removed), reason, now);
        nominationsRepo.deleteNomination(db, removed.id);
        if (removed.dossierId !== null) dossiersRepo.syncChecklist(db, removed.dossierId);
      })();
      return { key };
    },
  };
}
