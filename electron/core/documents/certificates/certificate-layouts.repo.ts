/** SQL of the calibrated certificate layouts, one row per blank kind (migration 0010). */
import type { CertificateKind, CertificateLayout } from '../../../../shared/domain/certificate';
import type { Db } from '../../db/open-database';
import { statement } from '../../db/statements';

export interface LayoutRow {
  kind: string;
  label: string;
  pageSize: string;
  orientation: string;
  offsetX: number;
  offsetY: number;
  fieldsJson: string;
  updatedAt: string;
}

const COLUMNS = `kind, label, page_size AS pageSize, orientation, offset_x AS offsetX,
  offset_y AS offsetY, fields_json AS fieldsJson, updated_at AS updatedAt`;

export function getLayoutRow(db: Db, kind: CertificateKind): LayoutRow | undefined {
  return statement(db, `SELECT ${COLUMNS} FROM certificate_layouts WHERE kind = ?`).get(kind) as
    LayoutRow | undefined;
}

export function upsertLayout(db: Db, layout: CertificateLayout, now: string): void {
  statement(
    db,
    `INSERT INTO certificate_layouts (kind, label, page_size, orientation, offset_x, offset_y, fields_json, updated_at)
     VALUES (@kind, @label, @pageSize, @orientation, @offsetX, @offsetY, @fieldsJson, @now)
     ON CONFLICT (kind) DO UPDATE SET label = excluded.label, page_size = excluded.page_size,
       orientation = excluded.orientation, offset_x = excluded.offset_x, offset_y = excluded.offset_y,
       fields_json = excluded.fields_json, updated_at = excluded.updated_at`,
  ).run({
    kind: layout.kind,
    label: layout.label,
    pageSize: layout.pageSize,
    orientation: layout.orientation,
    offsetX: layout.offsetX,
    offsetY: layout.offsetY,
    fieldsJson: JSON.stringify(layout.fields),
    now,
  });
}

/** True when a row was deleted. */
export function deleteLayout(db: Db, kind: CertificateKind): boolean {
  return statement(db, 'DELETE FROM certificate_layouts WHERE kind = ?').run(kind).changes > 0;
}
