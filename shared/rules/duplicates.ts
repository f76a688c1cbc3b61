/**
 * Duplicate detection (domain.md §5.6 G1/G2): the same person (or collective) proposed twice — by two
 * units, in two dossiers, or for two forms. Names are compared by their folded key (honorifics stripped,
 * diacritics and đ folded, so Thuỷ ≡ Thủy); birth data, CCCD and workplace give the evidence.
 */
import type { SubjectType } from '../domain/award-form';
import { formatDateVi } from '../domain/dates';
import { searchKey } from '../text/vietnamese';

export interface DuplicateCandidate {
  id: number;
  movementId: number;
  periodCode: string | null;
  proposingUnitId: number;
  subjectType: SubjectType;
  nameKey: string;
  birthDate: string | null;
  birthYear: number | null;
  idNumber: string | null;
  workplace: string | null;
}

export type DuplicateStrength = 'chac_chan' | 'nhieu_kha_nang' | 'co_the';

export interface DuplicatePair {
  a: number;
  b: number;
  /** error: same movement and period (G1); warning: otherwise (G2). */
  severity: 'error' | 'warning';
  strength: DuplicateStrength;
  evidence: string[];
}

const yearOf = (c: DuplicateCandidate) =>
  c.birthYear ?? (c.birthDate ? Number(c.birthDate.slice(0, 4)) : null);

/** Whether two candidates with the same name key may be one subject, and why. */
export function compareCandidates(
  x: DuplicateCandidate,
  y: DuplicateCandidate,
): { strength: DuplicateStrength; evidence: string[] } | null {
  if (x.subjectType !== y.subjectType || x.nameKey !== y.nameKey || x.nameKey === '') return null;
  const evidence = ['Trùng tên (không phân biệt dấu, hoa thường, cách bỏ dấu)'];
  const sameWorkplace =
    x.workplace !== null &&
    y.workplace !== null &&
    searchKey(x.workplace) === searchKey(y.workplace);
  if (sameWorkplace) evidence.push(`Cùng đơn vị công tác: ${x.workplace}`);
  if (x.subjectType !== 'ca_nhan') {
    return { strength: sameWorkplace ? 'chac_chan' : 'nhieu_kha_nang', evidence };
  }
  if (x.idNumber !== null && y.idNumber !== null) {
    if (x.idNumber !== y.idNumber) return null;
    evidence.push(`Cùng số CCCD`);
    return { strength: 'chac_chan', evidence };
  }
  if (x.birthDate !== null && y.birthDate !== null) {
    if (x.birthDate !== y.birthDate) return null;
    evidence.push(`Cùng ngày sinh ${formatDateVi(x.birthDate)}`);
    return { strength: 'chac_chan', evidence };
  }
  const [yx, yy] = [yearOf(x), yearOf(y)];
  if (yx !== null && yy !== null) {
    if (yx !== yy) return null;
    evidence.push(`Cùng năm sinh ${yx}`);
    return { strength: sameWorkplace ? 'chac_chan' : 'nhieu_kha_nang', evidence };
  }
  evidence.push('Thiếu năm sinh ở một trong hai trường hợp');
  return { strength: sameWorkplace ? 'nhieu_kha_nang' : 'co_the', evidence };
}

/** Every suspected pair, grouped by name key (linear in the number of candidates per name). */
export function findDuplicatePairs(candidates: readonly DuplicateCandidate[]): DuplicatePair[] {
  const byName = new Map<string, DuplicateCandidate[]>();
  for (const c of candidates) {
    if (c.nameKey === '') continue;
    const group = byName.get(c.nameKey);
    if (group) group.push(c);
    else byName.set(c.nameKey, [c]);
  }
  const pairs: DuplicatePair[] = [];
  for (const group of byName.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [x, y] = [group[i]!, group[j]!];
        const match = compareCandidates(x, y);
        if (!match) continue;
        const samePeriod = x.movementId === y.movementId && x.periodCode === y.periodCode;
        pairs.push({
          a: Math.min(x.id, y.id),
          b: Math.max(x.id, y.id),
          severity: samePeriod ? 'error' : 'warning',
          ...match,
        });
      }
    }
  }
  return pairs.sort((p, q) => p.a - q.a || p.b - q.b);
}

export const pairKey = (a: number, b: number) => `${Math.min(a, b)}:${Math.max(a, b)}`;
