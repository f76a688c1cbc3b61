import { formatDateVi } from '../domain/dates';
import type { DecisionAuthorityFinding, DecisionAuthorityForm } from '../domain/document';

/**
 * Rule G4 (domain.md §1.3, §5.6): the signer of a Quyết định khen thưởng decides only the award
 * forms of the agency's own level, and only while the form is in force on the decision date
 * (e.g. the district Giấy khen ends 30/6/2025). Levels are catalogue data, compared as text:
 * no level name is known to the code.
 */
export interface DecisionAuthorityInput {
  /** ISO date of the decision; null: validity is not checked yet (no date chosen). */
  date: string | null;
  /** The award-form level the agency's signer decides (Cài đặt); null or blank: not declared. */
  decisionLevel: string | null;
  /** The award forms of the chosen nominations (repeats are checked once). */
  forms: readonly DecisionAuthorityForm[];
}

export const UNDECLARED_LEVEL_WARNING =
  'Chưa khai báo cấp thẩm quyền của người ký trong Cài đặt: chưa kiểm tra được thẩm quyền.';

/** Comparison key of a level: NFC, single spaces, trimmed, lower case ('XÃ' ≡ 'xã' ≡ NFD 'Xã'). */
export function levelKey(level: string): string {
  return level.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');
}

export function sameLevel(a: string, b: string): boolean {
  return levelKey(a) === levelKey(b);
}

/** The catalogue's levels, each once (first spelling kept, catalogue order), blanks left out. */
export function distinctLevels(levels: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const level of levels) {
    const key = levelKey(level);
    if (key && !seen.has(key)) seen.set(key, level.normalize('NFC').trim());
  }
  return [...seen.values()];
}

export function decisionAuthorityFindings(
  input: DecisionAuthorityInput,
): DecisionAuthorityFinding[] {
  const findings: DecisionAuthorityFinding[] = [];
  const level = input.decisionLevel?.normalize('NFC').trim() || null;
  if (level === null) {
    findings.push({ severity: 'warning', awardFormCode: null, message: UNDECLARED_LEVEL_WARNING });
  }
  const forms = [...new Map(input.forms.map((f) => [f.code, f])).values()];
  for (const form of forms) {
    if (level !== null && !sameLevel(form.level, level)) {
      findings.push({
        severity: 'error',
        awardFormCode: form.code,
        message:
          `Hình thức “${form.name}” do ${form.decidingAuthority} quyết định; ` +
          `người ký của cơ quan này quyết định khen thưởng cấp ${level}.`,
      });
    }
    if (input.date === null) continue;
    // ISO dates compare as text.
    if (form.validTo !== null && input.date > form.validTo) {
      findings.push({
        severity: 'error',
        awardFormCode: form.code,
        message:
          `Hình thức “${form.name}” chỉ áp dụng đến ngày ${formatDateVi(form.validTo)}; ` +
          `Quyết định ký ngày ${formatDateVi(input.date)}.`,
      });
    } else if (form.validFrom !== null && input.date < form.validFrom) {
      findings.push({
        severity: 'error',
        awardFormCode: form.code,
        message:
          `Hình thức “${form.name}” chỉ áp dụng từ ngày ${formatDateVi(form.validFrom)}; ` +
          `Quyết định ký ngày ${formatDateVi(input.date)}.`,
      });
    }
  }
  return findings;
}
