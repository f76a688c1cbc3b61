/**
 * The documents a dossier must contain (domain.md §3.3), generated from requirement records:
 * procedure × award form × subject type (× the enterprise condition), valid on the received date.
 */
import type { Procedure, SubjectType } from '../domain/award-form';
import type { ChecklistState, DocType, DossierRequirement } from '../domain/dossier';
import { isValidOn } from '../domain/dates';

export interface ChecklistContext {
  procedure: Procedure;
  awardFormCodes: readonly string[];
  /** Subject types of the dossier's nominations; subject-specific requirements wait for them. */
  subjectTypes: readonly SubjectType[];
  hasEnterprise: boolean;
  receivedDate: string;
}

export interface RequiredDocument {
  docType: DocType;
  label: string;
  copies: number;
  mandatory: boolean;
  legalSource: string;
  sortOrder: number;
}

export function requiredDocuments(
  requirements: readonly (DossierRequirement & { sortOrder: number })[],
  ctx: ChecklistContext,
): RequiredDocument[] {
  const byKey = new Map<string, RequiredDocument>();
  for (const r of requirements) {
    if (!isValidOn(r, ctx.receivedDate)) continue;
    if (r.procedure !== null && r.procedure !== ctx.procedure) continue;
    if (r.awardFormCode !== null && !ctx.awardFormCodes.includes(r.awardFormCode)) continue;
    if (r.subjectType !== null && !ctx.subjectTypes.includes(r.subjectType)) continue;
    if (r.condition === 'doanh_nghiep' && !ctx.hasEnterprise) continue;
    const key = `${r.docType}|${r.label}`;
    const seen = byKey.get(key);
    if (seen) {
      seen.mandatory ||= r.mandatory;
      seen.copies = Math.max(seen.copies, r.copies);
    } else {
      byKey.set(key, {
        docType: r.docType,
        label: r.label,
        copies: r.copies,
        mandatory: r.mandatory,
        legalSource: r.legalSource,
        sortOrder: r.sortOrder,
      });
    }
  }
  return [...byKey.values()].sort((a, b) => a.sortOrder - b.sortOrder);
}

export interface ExistingItem {
  id: number;
  docType: DocType;
  label: string;
  state: ChecklistState;
  note: string | null;
}

/**
 * What to add and remove so the checklist matches the requirements, without losing the secretary's
 * work: items already ticked (or annotated) stay even when no longer required.
 */
export function reconcileChecklist(
  existing: readonly ExistingItem[],
  required: readonly RequiredDocument[],
): { add: RequiredDocument[]; update: (RequiredDocument & { id: number })[]; removeIds: number[] } {
  const key = (x: { docType: string; label: string }) => `${x.docType}|${x.label}`;
  const existingByKey = new Map(existing.map((e) => [key(e), e]));
  const requiredKeys = new Set(required.map(key));
  const add: RequiredDocument[] = [];
  const update: (RequiredDocument & { id: number })[] = [];
  for (const r of required) {
    const e = existingByKey.get(key(r));
    if (e) update.push({ ...r, id: e.id });
    else add.push(r);
  }
  const removeIds = existing
    .filter((e) => !requiredKeys.has(key(e)) && e.state === 'thieu' && e.note === null)
    .map((e) => e.id);
  return { add, update, removeIds };
}
