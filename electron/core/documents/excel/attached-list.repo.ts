/** SQL for the Excel attached list: what the register stored about each awardee beyond the print. */
import type { Db } from '../../db/open-database';
import { statement } from '../../db/statements';

export interface AwardeeOrigin {
  /** 1-based, the order of the list as issued. */
  position: number;
  printedName: string;
  /** Đơn vị đề nghị of the nomination, `null` when the nomination was deleted since. */
  proposingUnit: string | null;
}

/** The awardees of an issued decision in issued order, with the unit that proposed each. */
export function awardeeOrigins(db: Db, documentId: number): AwardeeOrigin[] {
  return statement(
    db,
    `SELECT a.position, a.printed_name AS printedName, u.name AS proposingUnit
     FROM document_awardees a
       LEFT JOIN nominations n ON n.id = a.nomination_id
       LEFT JOIN units u ON u.id = n.proposing_unit_id
     WHERE a.document_id = ?
     ORDER BY a.position`,
  ).all(documentId) as AwardeeOrigin[];
}
