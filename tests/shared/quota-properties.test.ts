/**
 * Properties of the quota checker over random plans and nominations (domain.md §5.6 G9): fewer
 * nominations never add a violation, a violation exists exactly when an independent recount
 * exceeds the effective limit, and the checker is deterministic and leaves its input alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUBJECT_TYPES, type SubjectType } from '../../shared/domain/award-form';
import {
  checkQuotas,
  type CheckAwardForm,
  type CheckNomination,
  type CheckRule,
  type CheckUnit,
  type LimitKey,
  type QuotaCheckInput,
  type QuotaLimitSet,
  type Violation,
} from '../../shared/rules/quota-check';
import { searchKey } from '../../shared/text/vietnamese';

const FORM_CODES = ['bk_chu_tich_tinh', 'hc_lao_dong', 'bk_thu_tuong'] as const;
const KIND_CODES = ['huyen', 'co_quan', 'co_so_y_te'] as const;
/** The same sector written several ways, plus others: matching ignores case and marks. */
const SECTORS = ['Y tế', 'y tế', 'Y TE', 'Tài chính', 'tai chinh', 'Giáo dục'] as const;
const PERIODS = ['dot1', 'dot2'] as const;
const LIMIT_KEYS: readonly LimitKey[] = ['tapThe', 'caNhan', 'hoGiaDinh', 'combined'];
const SUBJECT_OF: Record<Exclude<LimitKey, 'combined'>, SubjectType> = {
  tapThe: 'tap_the',
  caNhan: 'ca_nhan',
  hoGiaDinh: 'ho_gia_dinh',
};

const FORMS: CheckAwardForm[] = [
  {
    code: 'bk_chu_tich_tinh',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
    allowsPosthumous: true,
    armedForcesOnly: false,
  },
  {
    code: 'hc_lao_dong',
    name: 'Huân chương Lao động',
    subjectTypes: ['tap_the', 'ca_nhan'],
    allowsPosthumous: true,
    armedForcesOnly: false,
  },
  {
    code: 'bk_thu_tuong',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
    allowsPosthumous: true,
    armedForcesOnly: false,
  },
];

const limitArb: fc.Arbitrary<QuotaLimitSet> = fc
  .record(
    {
      tapThe: fc.integer({ min: 0, max: 5 }),
      caNhan: fc.integer({ min: 0, max: 5 }),
      hoGiaDinh: fc.integer({ min: 0, max: 5 }),
      combined: fc.integer({ min: 0, max: 5 }),
    },
    { requiredKeys: [], noNullPrototype: true },
  )
  .filter((l) => Object.keys(l).length > 0);

const ruleArb = fc.record({
  kind: fc.constantFrom('proposal' as const, 'selection' as const),
  scope: fc.constantFrom('per_unit' as const, 'total' as const),
  unitKindCodes: fc.subarray([...KIND_CODES]),
  unitSectors: fc.oneof(
    { weight: 3, arbitrary: fc.constant<string[]>([]) },
    { weight: 1, arbitrary: fc.subarray([...SECTORS], { minLength: 1 }) },
  ),
  awardFormCode: fc.option(fc.constantFrom(...FORM_CODES), { nil: null }),
  periodCode: fc.option(fc.constantFrom(...PERIODS), { nil: null }),
  limits: limitArb,
  overrides: fc.array(
    fc.record({ sector: fc.constantFrom(...SECTORS), limits: limitArb }, { noNullPrototype: true }),
    {
      maxLength: 2,
    },
  ),
});

const unitArb = fc.record({
  kindCode: fc.constantFrom(...KIND_CODES),
  sector: fc.option(fc.constantFrom(...SECTORS), { nil: null }),
});

const inputArb: fc.Arbitrary<QuotaCheckInput> = fc
  .record({
    rules: fc.array(ruleArb, { maxLength: 5 }),
    units: fc.array(unitArb, { minLength: 1, maxLength: 5 }),
    nominations: fc.array(
      fc.record({
        unitIndex: fc.nat(),
        awardFormCode: fc.constantFrom(...FORM_CODES),
        subjectType: fc.constantFrom(...SUBJECT_TYPES),
        periodCode: fc.option(fc.constantFrom(...PERIODS), { nil: null }),
        posthumous: fc.boolean(),
        selected: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
  })
  .map(({ rules, units, nominations }) => {
    const checkRules: CheckRule[] = rules.map((r, i) => ({
      ...r,
      id: i + 1,
      clause: `mục ${i + 1}`,
    }));
    const checkUnits: CheckUnit[] = units.map((u, i) => ({
      id: 100 + i,
      name: `Đơn vị ${i + 1}`,
      kindCode: u.kindCode,
      sector: u.sector,
      isArmedForces: false,
    }));
    const checkNominations: CheckNomination[] = nominations.map(({ unitIndex, ...n }, i) => ({
      ...n,
      id: i + 1,
      proposingUnitId: 100 + (unitIndex % units.length),
      workplaceUnitId: null,
    }));
    return {
      rules: checkRules,
      movementForms: FORMS.map((f) => ({ awardFormCode: f.code, subjectTypes: f.subjectTypes })),
      forms: FORMS,
      units: checkUnits,
      nominations: checkNominations,
    };
  });

const quotaKey = (v: Violation) => `${v.ruleId}|${v.unitId}|${v.limitKey}`;
const quotaKeys = (vs: Violation[]) =>
  new Set(vs.filter((v) => v.code === 'quota_exceeded').map(quotaKey));

/** The limits a rule sets for a unit, recomputed here: the first override of its sector wins. */
function expectedLimits(rule: CheckRule, unit: CheckUnit | null): QuotaLimitSet {
  if (!unit?.sector) return rule.limits;
  const key = searchKey(unit.sector);
  return rule.overrides.find((o) => searchKey(o.sector) === key)?.limits ?? rule.limits;
}

function appliesTo(rule: CheckRule, unit: CheckUnit): boolean {
  if (rule.unitKindCodes.length > 0 && !rule.unitKindCodes.includes(unit.kindCode)) return false;
  if (rule.unitSectors.length === 0) return true;
  const sector = unit.sector === null ? null : searchKey(unit.sector);
  return rule.unitSectors.some((s) => searchKey(s) === sector);
}

describe('checkQuotas properties', () => {
  it('(a) removing one nomination never creates a violation', () => {
    fc.assert(
      fc.property(
        inputArb.filter((i) => i.nominations.length > 0),
        fc.nat(),
        (input, pick) => {
          const index = pick % input.nominations.length;
          const before = checkQuotas(input).violations;
          const after = checkQuotas({
            ...input,
            nominations: input.nominations.filter((_, i) => i !== index),
          }).violations;
          const beforeKeys = quotaKeys(before);
          for (const key of quotaKeys(after)) expect(beforeKeys).toContain(key);
          // Per-nomination (form ↔ subject) violations do not appear either.
          const subjectKey = (v: Violation) => `${v.code}|${v.nominationIds.join(',')}`;
          const beforeSubject = new Set(before.filter((v) => v.ruleId === null).map(subjectKey));
          for (const v of after.filter((w) => w.ruleId === null)) {
            expect(beforeSubject).toContain(subjectKey(v));
          }
        },
      ),
    );
  });

  it('(b) a quota violation exists exactly when the recount exceeds the effective limit', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { usages, violations } = checkQuotas(input);
        const quotaViolations = violations.filter((v) => v.code === 'quota_exceeded');
        let expectedUsages = 0;
        let expectedViolations = 0;
        for (const rule of input.rules) {
          const owners: (CheckUnit | null)[] =
            rule.scope === 'total' ? [null] : input.units.filter((u) => appliesTo(rule, u));
          for (const unit of owners) {
            expectedUsages += 1;
            const usage = usages.filter(
              (u) => u.ruleId === rule.id && u.unitId === (unit?.id ?? null),
            );
            expect(usage).toHaveLength(1);
            // A total counts only nominations from units its filter admits.
            const admitted = (n: CheckNomination) => {
              const owner = input.units.find((u) => u.id === n.proposingUnitId);
              return owner !== undefined && appliesTo(rule, owner);
            };
            const relevant = input.nominations.filter(
              (n) =>
                (unit === null ? admitted(n) : n.proposingUnitId === unit.id) &&
                (rule.awardFormCode === null || n.awardFormCode === rule.awardFormCode) &&
                (rule.periodCode === null || n.periodCode === rule.periodCode),
            );
            const counted = relevant.filter((n) => rule.kind === 'proposal' || n.selected);
            const limits = expectedLimits(rule, unit);
            expect(usage[0]!.limits).toEqual(limits);
            expect(usage[0]!.proposed).toBe(relevant.length);
            expect(usage[0]!.total).toBe(counted.length);
            let anyOver = false;
            for (const key of LIMIT_KEYS) {
              const members = counted.filter(
                (n) => key === 'combined' || n.subjectType === SUBJECT_OF[key],
              );
              if (key !== 'combined') {
                expect(usage[0]!.counts[SUBJECT_OF[key]]).toBe(members.length);
              }
              const limit = limits[key];
              const found = quotaViolations.filter(
                (v) =>
                  v.ruleId === rule.id && v.unitId === (unit?.id ?? null) && v.limitKey === key,
              );
              if (limit === null || limit === undefined || members.length <= limit) {
                expect(found).toEqual([]);
              } else {
                anyOver = true;
                expectedViolations += 1;
                expect(found).toHaveLength(1);
                expect(found[0]).toMatchObject({
                  count: members.length,
                  limit,
                  nominationIds: members.map((n) => n.id),
                });
              }
            }
            expect(usage[0]!.over).toBe(anyOver);
          }
        }
        expect(usages).toHaveLength(expectedUsages);
        expect(quotaViolations).toHaveLength(expectedViolations);
      }),
    );
  });

  it('(c) is deterministic and does not change its input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const copy = structuredClone(input);
        const first = checkQuotas(input);
        expect(input).toStrictEqual(copy);
        const second = checkQuotas(input);
        expect(second).toEqual(first);
        expect(checkQuotas(copy)).toEqual(first);
        expect(input).toStrictEqual(copy);
      }),
    );
  });
});
