import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/**
 * Received packages are recorded as import batches (one per incoming dossier, `sha256` = the
 * dossier's receipt key): no table of their own, and the batch links the nominations it brought.
 */
export function findReceipts(
  db: Db,
  keys: readonly string[],
): { sha256: string; fileName: string; importedAt: string; dossierLabel: string }[] {
  if (keys.length === 0) return [];
  const rows: { sha256: string; fileName: string; importedAt: string; dossierLabel: string }[] = [];
  const find = statement(
    db,
    `SELECT b.sha256, b.file_name AS fileName, b.imported_at AS importedAt,
            d.incoming_number || '/' || d.year AS dossierLabel
     FROM import_batches b JOIN dossiers d ON d.id = b.dossier_id
     WHERE b.sha256 = ?`,
  );
  for (const key of keys) {
    rows.push(...(find.all(key) as typeof rows));
  }
  return rows;
}

/** The electronic list came with the package: tick "file điện tử" as the Excel import does. */
export function markElectronicFileReceived(db: Db, dossierId: number): void {
  statement(
    db,
    `UPDATE dossier_checklist_items SET state = 'da_nhan'
     WHERE dossier_id = ? AND doc_type = 'file_dien_tu' AND state = 'thieu'`,
  ).run(dossierId);
}
