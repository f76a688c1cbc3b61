/**
 * The quota checker against the Bình Thuận plan (domain.md §5.1) and the form ↔ subject rules
 * (§5.6 G3, G9). Rules come from the preset, forms mirror the catalogue rows of migration 0002.
 */
import { describe, expect, it } from 'vitest';
import type { SubjectType } from '../../shared/domain/award-form';
import { MovementInput } from '../../shared/domain/movement';
import { BINH_THUAN_2021 } from '../../shared/presets/binh-thuan-2021';
import {
  checkQuotas,
  type CheckAwardForm,
  type CheckNomination,
  type CheckRule,
  type CheckUnit,
  type Violation,
} from '../../shared/rules/quota-check';
import { describeRule } from '../../shared/rules/quota-sentences';

const movement = MovementInput.parse(BINH_THUAN_2021.movement);
const RULES: CheckRule[] = movement.quotaRules.map((r, i) => ({ ...r, id: i + 1 }));
const MOVEMENT_FORMS = movement.awardForms;

// Rule ids follow the order of the preset.
const HCLD_TOTAL = 1;
const AGENCY_RULE = 4;
const DISTRICT_RULE = 5;
const BKT_TOTAL = 6;

const FORMS: CheckAwardForm[] = [
  {
    code: 'hc_lao_dong',
    name: 'Huân chương Lao động',
    subjectTypes: ['tap_the', 'ca_nhan'],
    allowsPosthumous: true,
    armedForcesOnly: false,
  },
  {
    code: 'hc_chien_cong',
    name: 'Huân chương Chiến công',
    subjectTypes: ['tap_the', 'ca_nhan'],
    allowsPosthumous: true,
    armedForcesOnly: true,
  },
  {
    code: 'bk_thu_tuong',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
    allowsPosthumous: true,
    armedForcesOnly: false,
  },
  {
    code: 'bk_chu_tich_tinh',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
    allowsPosthumous: true,
    armedForcesOnly: false,
  },
  // In the catalogue but not in the Bình Thuận plan.
  {
    code: 'giay_khen_chu_tich_xa',
    name: 'Giấy khen của Chủ tịch UBND cấp xã',
    subjectTypes: ['tap_the', 'ca_nhan', 'ho_gia_dinh'],
    allowsPosthumous: false,
    armedForcesOnly: false,
  },
];

const TUY_PHONG = 1;
const LA_GI = 2;
const SO_Y_TE = 3;
const SO_TAI_CHINH = 4;
const BENH_VIEN = 5;
const CONG_AN = 6;
/** A xã: no per-unit rule of this plan covers it, so it isolates the council totals. */
const PHAN_DUNG = 7;

const UNITS: CheckUnit[] = [
  { id: TUY_PHONG, name: 'Huyện Tuy Phong', kindCode: 'huyen', sector: null, isArmedForces: false },
  { id: LA_GI, name: 'Thị xã La Gi', kindCode: 'thi_xa', sector: null, isArmedForces: false },
  { id: SO_Y_TE, name: 'Sở Y tế', kindCode: 'co_quan', sector: 'Y tế', isArmedForces: false },
  {
    id: SO_TAI_CHINH,
    name: 'Sở Tài chính',
    kindCode: 'co_quan',
    sector: 'Tài chính',
    isArmedForces: false,
  },
  {
    id: BENH_VIEN,
    name: 'Bệnh viện Đa khoa tỉnh',
    kindCode: 'co_so_y_te',
    sector: 'y tế',
    isArmedForces: false,
  },
  {
    id: CONG_AN,
    name: 'Công an tỉnh',
    kindCode: 'luc_luong_vu_trang',
    sector: 'Công an',
    isArmedForces: true,
  },
  { id: PHAN_DUNG, name: 'Xã Phan Dũng', kindCode: 'xa', sector: null, isArmedForces: false },
];

interface NominationSpec {
  unit: number;
  form?: string;
  subject?: SubjectType;
  period?: string | null;
  posthumous?: boolean;
  selected?: boolean;
  workplace?: number;
}

/** `[count, spec]` groups; ids run 1, 2, 3 … in the order written. */
function noms(...groups: [number, NominationSpec][]): CheckNomination[] {
  const out: CheckNomination[] = [];
  for (const [count, spec] of groups) {
    for (let i = 0; i < count; i++) {
      out.push({
        id: out.length + 1,
        proposingUnitId: spec.unit,
        workplaceUnitId: spec.workplace ?? null,
        awardFormCode: spec.form ?? 'bk_chu_tich_tinh',
        subjectType: spec.subject ?? 'tap_the',
        periodCode: spec.period ?? null,
        posthumous: spec.posthumous ?? false,
        selected: spec.selected ?? false,
      });
    }
  }
  return out;
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const check = (nominations: CheckNomination[], rules: CheckRule[] = RULES) =>
  checkQuotas({ rules, movementForms: MOVEMENT_FORMS, forms: FORMS, units: UNITS, nominations });

/** A per-đợt rule added to the plan: huyện may propose at most 01 tập thể in đợt 1. */
const PERIOD_RULE: CheckRule = {
  id: 7,
  kind: 'proposal',
  scope: 'per_unit',
  unitKindCodes: ['huyen', 'thi_xa', 'thanh_pho_thuoc_tinh'],
  unitSectors: [],
  awardFormCode: 'bk_chu_tich_tinh',
  periodCode: 'dot1',
  limits: { tapThe: 1 },
  overrides: [],
  clause: 'mục IV.5',
};

interface Case {
  name: string;
  nominations: CheckNomination[];
  rules?: CheckRule[];
  /** Every violation the checker must report, in its order (fields not listed are not checked). */
  expected: Partial<Violation>[];
}

const quota = (v: Partial<Violation>): Partial<Violation> => ({ code: 'quota_exceeded', ...v });

const CASES: Case[] = [
  // Districts: 02 tập thể và 01 cá nhân.
  {
    name: 'a district at its limit (2 tập thể + 1 cá nhân)',
    nominations: noms([2, { unit: TUY_PHONG }], [1, { unit: TUY_PHONG, subject: 'ca_nhan' }]),
    expected: [],
  },
  {
    name: 'a district one tập thể over',
    nominations: noms([3, { unit: TUY_PHONG }]),
    expected: [
      quota({
        ruleId: DISTRICT_RULE,
        unitId: TUY_PHONG,
        limitKey: 'tapThe',
        count: 3,
        limit: 2,
        nominationIds: [1, 2, 3],
        message:
          'Huyện Tuy Phong đề nghị 3 tập thể Bằng khen của Chủ tịch UBND tỉnh; Kế hoạch cho phép tối đa 02 (mục IV.3).',
      }),
    ],
  },
  {
    name: 'a thị xã with 2 cá nhân against 01',
    nominations: noms([1, { unit: LA_GI }], [2, { unit: LA_GI, subject: 'ca_nhan' }]),
    expected: [
      quota({
        ruleId: DISTRICT_RULE,
        unitId: LA_GI,
        limitKey: 'caNhan',
        count: 2,
        limit: 1,
        nominationIds: [2, 3],
        message:
          'Thị xã La Gi đề nghị 2 cá nhân Bằng khen của Chủ tịch UBND tỉnh; Kế hoạch cho phép tối đa 01 (mục IV.3).',
      }),
    ],
  },
  {
    name: 'two districts each within the limit are counted separately',
    nominations: noms([2, { unit: TUY_PHONG }], [2, { unit: LA_GI }]),
    expected: [],
  },
  // Agencies: 01 tập thể hoặc 01 cá nhân.
  {
    name: 'an agency with 1 tập thể',
    nominations: noms([1, { unit: SO_TAI_CHINH }]),
    expected: [],
  },
  {
    name: 'an agency with 1 tập thể and 1 cá nhân (either-or)',
    nominations: noms([1, { unit: SO_TAI_CHINH }], [1, { unit: SO_TAI_CHINH, subject: 'ca_nhan' }]),
    expected: [
      quota({
        ruleId: AGENCY_RULE,
        unitId: SO_TAI_CHINH,
        limitKey: 'combined',
        count: 2,
        limit: 1,
        nominationIds: [1, 2],
        message:
          'Sở Tài chính đề nghị 2 (tập thể và cá nhân tính chung) Bằng khen của Chủ tịch UBND tỉnh; Kế hoạch cho phép tối đa 01 tập thể hoặc cá nhân (mục IV.3).',
      }),
    ],
  },
  {
    name: 'an agency with 2 cá nhân',
    nominations: noms([2, { unit: SO_TAI_CHINH, subject: 'ca_nhan' }]),
    expected: [
      quota({
        ruleId: AGENCY_RULE,
        unitId: SO_TAI_CHINH,
        limitKey: 'combined',
        count: 2,
        limit: 1,
        nominationIds: [1, 2],
      }),
    ],
  },
  {
    name: 'Công an tỉnh is an agency too (1 tập thể + 1 cá nhân)',
    nominations: noms([1, { unit: CONG_AN }], [1, { unit: CONG_AN, subject: 'ca_nhan' }]),
    expected: [quota({ ruleId: AGENCY_RULE, unitId: CONG_AN, limitKey: 'combined', count: 2 })],
  },
  // "Riêng ngành Y tế lựa chọn 02 tập thể và 02 cá nhân" replaces the either-or limit.
  {
    name: 'Sở Y tế with 2 tập thể + 2 cá nhân (override replaces the combined limit)',
    nominations: noms([2, { unit: SO_Y_TE }], [2, { unit: SO_Y_TE, subject: 'ca_nhan' }]),
    expected: [],
  },
  {
    name: 'Sở Y tế with 3 tập thể',
    nominations: noms([3, { unit: SO_Y_TE }]),
    expected: [
      quota({
        ruleId: AGENCY_RULE,
        unitId: SO_Y_TE,
        limitKey: 'tapThe',
        count: 3,
        limit: 2,
        nominationIds: [1, 2, 3],
        message: expect.stringMatching(/ngành Y tế.*tối đa 02 /) as string,
      }),
    ],
  },
  {
    name: 'a hospital whose sector is written “y tế” gets the override (2 + 2)',
    nominations: noms([2, { unit: BENH_VIEN }], [2, { unit: BENH_VIEN, subject: 'ca_nhan' }]),
    expected: [],
  },
  {
    name: 'a hospital whose sector is written “y tế” with 3 cá nhân',
    nominations: noms([3, { unit: BENH_VIEN, subject: 'ca_nhan' }]),
    expected: [
      quota({
        ruleId: AGENCY_RULE,
        unitId: BENH_VIEN,
        limitKey: 'caNhan',
        count: 3,
        limit: 2,
        message:
          'Bệnh viện Đa khoa tỉnh đề nghị 3 cá nhân Bằng khen của Chủ tịch UBND tỉnh; Kế hoạch cho ngành Y tế cho phép tối đa 02 (mục IV.3).',
      }),
    ],
  },
  // Council totals: selection limits, counted over selected nominations only.
  {
    name: 'the council selects 21 cá nhân for Bằng khen tỉnh',
    nominations: noms([21, { unit: PHAN_DUNG, subject: 'ca_nhan', selected: true }]),
    expected: [
      quota({
        ruleId: BKT_TOTAL,
        unitId: null,
        limitKey: 'caNhan',
        count: 21,
        limit: 20,
        nominationIds: ids(1, 21),
        message: expect.stringMatching(
          /^Hội đồng đã chọn 21 cá nhân Bằng khen của Chủ tịch UBND tỉnh; .*tối đa 20 \(mục IV\.3\)\.$/,
        ) as string,
      }),
    ],
  },
  {
    name: '25 cá nhân proposed, 20 selected',
    nominations: noms(
      [20, { unit: PHAN_DUNG, subject: 'ca_nhan', selected: true }],
      [5, { unit: PHAN_DUNG, subject: 'ca_nhan' }],
    ),
    expected: [],
  },
  {
    name: '30 unselected tập thể and 30 unselected cá nhân',
    nominations: noms(
      [30, { unit: PHAN_DUNG }],
      [30, { unit: PHAN_DUNG, subject: 'ca_nhan' }],
      [30, { unit: PHAN_DUNG, form: 'hc_lao_dong' }],
    ),
    expected: [],
  },
  {
    name: '21 selected tập thể: only the selected ones are listed',
    nominations: noms(
      [3, { unit: PHAN_DUNG }],
      [21, { unit: PHAN_DUNG, selected: true }],
      [2, { unit: PHAN_DUNG }],
    ),
    expected: [
      quota({
        ruleId: BKT_TOTAL,
        limitKey: 'tapThe',
        count: 21,
        limit: 20,
        nominationIds: ids(4, 24),
      }),
    ],
  },
  {
    name: 'Huân chương Lao động: the council selects 2 tập thể',
    nominations: noms([2, { unit: SO_TAI_CHINH, form: 'hc_lao_dong', selected: true }]),
    expected: [
      quota({
        ruleId: HCLD_TOTAL,
        unitId: null,
        limitKey: 'tapThe',
        count: 2,
        limit: 1,
        nominationIds: [1, 2],
        message:
          'Hội đồng đã chọn 2 tập thể Huân chương Lao động; Kế hoạch cho phép tối đa 01 (mục IV.3).',
      }),
    ],
  },
  {
    name: 'Huân chương Lao động: 2 tập thể proposed, 1 selected',
    nominations: noms(
      [1, { unit: SO_TAI_CHINH, form: 'hc_lao_dong', selected: true }],
      [1, { unit: TUY_PHONG, form: 'hc_lao_dong' }],
    ),
    expected: [],
  },
  {
    name: 'a selected nomination still counts for the unit’s proposal limit',
    nominations: noms([2, { unit: SO_TAI_CHINH, selected: true }]),
    expected: [quota({ ruleId: AGENCY_RULE, unitId: SO_TAI_CHINH, count: 2, limit: 1 })],
  },
  // Per-period rule: only that đợt's nominations count.
  {
    name: 'per-đợt rule: 1 tập thể in đợt 1, 1 in đợt 2',
    rules: [...RULES, PERIOD_RULE],
    nominations: noms(
      [1, { unit: TUY_PHONG, period: 'dot1' }],
      [1, { unit: TUY_PHONG, period: 'dot2' }],
    ),
    expected: [],
  },
  {
    name: 'per-đợt rule: 2 tập thể in đợt 1 (the plan-wide 02 still holds)',
    rules: [...RULES, PERIOD_RULE],
    nominations: noms(
      [1, { unit: TUY_PHONG, period: null }],
      [2, { unit: TUY_PHONG, period: 'dot1' }],
    ),
    expected: [
      quota({
        ruleId: DISTRICT_RULE,
        unitId: TUY_PHONG,
        limitKey: 'tapThe',
        count: 3,
        limit: 2,
      }),
      quota({
        ruleId: PERIOD_RULE.id,
        unitId: TUY_PHONG,
        limitKey: 'tapThe',
        count: 2,
        limit: 1,
        nominationIds: [2, 3],
        message:
          'Huyện Tuy Phong đề nghị 2 tập thể Bằng khen của Chủ tịch UBND tỉnh (đợt dot1); Kế hoạch cho phép tối đa 01 (mục IV.5).',
      }),
    ],
  },
  // Form ↔ subject (G3).
  {
    name: 'truy tặng a tập thể',
    nominations: noms([1, { unit: TUY_PHONG, posthumous: true }]),
    expected: [
      {
        code: 'posthumous_not_allowed',
        ruleId: null,
        unitId: TUY_PHONG,
        nominationIds: [1],
        limitKey: null,
      },
    ],
  },
  {
    name: 'truy tặng a cá nhân Huân chương Lao động',
    nominations: noms([
      1,
      { unit: TUY_PHONG, form: 'hc_lao_dong', subject: 'ca_nhan', posthumous: true },
    ]),
    expected: [],
  },
  {
    name: 'truy tặng a cá nhân a form without truy tặng',
    nominations: noms([
      1,
      { unit: PHAN_DUNG, form: 'giay_khen_chu_tich_xa', subject: 'ca_nhan', posthumous: true },
    ]),
    expected: [
      { code: 'form_not_in_movement', nominationIds: [1] },
      { code: 'posthumous_not_allowed', nominationIds: [1] },
    ],
  },
  {
    name: 'Huân chương Chiến công proposed by Sở Tài chính',
    nominations: noms([1, { unit: SO_TAI_CHINH, form: 'hc_chien_cong', subject: 'ca_nhan' }]),
    expected: [
      {
        code: 'armed_forces_only',
        unitId: SO_TAI_CHINH,
        nominationIds: [1],
        message: expect.stringContaining('lực lượng vũ trang') as string,
      },
    ],
  },
  {
    name: 'Huân chương Chiến công proposed by Công an tỉnh',
    nominations: noms([1, { unit: CONG_AN, form: 'hc_chien_cong' }]),
    expected: [],
  },
  {
    name: 'Huân chương Chiến công proposed by Sở Tài chính for someone working at Công an tỉnh',
    nominations: noms([
      1,
      { unit: SO_TAI_CHINH, form: 'hc_chien_cong', subject: 'ca_nhan', workplace: CONG_AN },
    ]),
    expected: [],
  },
  {
    name: 'Huân chương Chiến công proposed by Công an tỉnh for someone working at Sở Tài chính',
    nominations: noms([
      1,
      { unit: CONG_AN, form: 'hc_chien_cong', subject: 'ca_nhan', workplace: SO_TAI_CHINH },
    ]),
    expected: [{ code: 'armed_forces_only', unitId: CONG_AN, nominationIds: [1] }],
  },
  {
    name: 'a hộ gia đình for Huân chương Lao động',
    nominations: noms([1, { unit: TUY_PHONG, form: 'hc_lao_dong', subject: 'ho_gia_dinh' }]),
    expected: [
      { code: 'subject_not_in_movement', nominationIds: [1] },
      {
        code: 'subject_not_allowed',
        nominationIds: [1],
        message: 'Huân chương Lao động không tặng cho hộ gia đình.',
      },
    ],
  },
  {
    name: 'a form the plan does not use',
    nominations: noms([1, { unit: PHAN_DUNG, form: 'giay_khen_chu_tich_xa' }]),
    expected: [
      {
        code: 'form_not_in_movement',
        unitId: PHAN_DUNG,
        nominationIds: [1],
        message:
          'Xã Phan Dũng đề nghị Giấy khen của Chủ tịch UBND cấp xã, nhưng Kế hoạch không có hình thức này.',
      },
    ],
  },
  {
    name: 'a hộ gia đình for Bằng khen tỉnh (the form allows it, the plan does not)',
    nominations: noms([1, { unit: TUY_PHONG, subject: 'ho_gia_dinh' }]),
    expected: [{ code: 'subject_not_in_movement', unitId: TUY_PHONG, nominationIds: [1] }],
  },
  {
    name: 'a form that is not in the catalogue',
    nominations: noms([1, { unit: TUY_PHONG, form: 'ky_niem_chuong' }]),
    expected: [{ code: 'unknown_form', nominationIds: [1] }],
  },
];

describe('checkQuotas — Bình Thuận plan (domain.md §5.1, §5.6 G3/G9)', () => {
  it('reads six rules from the preset', () => {
    expect(RULES.map((r) => [r.kind, r.scope, r.awardFormCode])).toEqual([
      ['selection', 'total', 'hc_lao_dong'],
      ['selection', 'total', 'hc_chien_cong'],
      ['selection', 'total', 'bk_thu_tuong'],
      ['proposal', 'per_unit', 'bk_chu_tich_tinh'],
      ['proposal', 'per_unit', 'bk_chu_tich_tinh'],
      ['selection', 'total', 'bk_chu_tich_tinh'],
    ]);
  });

  it.each(CASES)('$name', ({ nominations, rules, expected }) => {
    const { violations } = check(nominations, rules);
    expect(violations).toHaveLength(expected.length);
    expect(violations).toEqual(expected.map((e) => expect.objectContaining(e) as Violation));
  });
});

describe('usages', () => {
  const { usages } = check(
    noms(
      [3, { unit: TUY_PHONG }],
      [1, { unit: TUY_PHONG, subject: 'ca_nhan' }],
      [1, { unit: SO_Y_TE }],
      [2, { unit: PHAN_DUNG, subject: 'ca_nhan', selected: true }],
      [3, { unit: PHAN_DUNG, subject: 'ca_nhan' }],
    ),
  );
  const usage = (ruleId: number, unitId: number | null) =>
    usages.filter((u) => u.ruleId === ruleId && u.unitId === unitId);

  it('has one usage per matching unit for per-unit rules, one for totals', () => {
    expect(usages.filter((u) => u.ruleId === DISTRICT_RULE).map((u) => u.unitId)).toEqual([
      TUY_PHONG,
      LA_GI,
    ]);
    expect(usages.filter((u) => u.ruleId === AGENCY_RULE).map((u) => u.unitId)).toEqual([
      SO_Y_TE,
      SO_TAI_CHINH,
      BENH_VIEN,
      CONG_AN,
    ]);
    for (const id of [HCLD_TOTAL, 2, 3, BKT_TOTAL]) {
      expect(usages.filter((u) => u.ruleId === id).map((u) => u.unitId)).toEqual([null]);
    }
    expect(usages).toHaveLength(2 + 4 + 4);
  });

  it('counts Tuy Phong against the district rule and marks it over', () => {
    expect(usage(DISTRICT_RULE, TUY_PHONG)).toEqual([
      {
        ruleId: DISTRICT_RULE,
        unitId: TUY_PHONG,
        counts: { tap_the: 3, ca_nhan: 1, ho_gia_dinh: 0 },
        total: 4,
        proposed: 4,
        limits: { tapThe: 2, caNhan: 1 },
        overrideSector: null,
        over: true,
      },
    ]);
    expect(usage(DISTRICT_RULE, LA_GI)[0]).toMatchObject({ total: 0, proposed: 0, over: false });
  });

  it('shows the Y tế limits on Sở Y tế and the hospital, the base on Sở Tài chính', () => {
    expect(usage(AGENCY_RULE, SO_Y_TE)[0]).toMatchObject({
      counts: { tap_the: 1, ca_nhan: 0, ho_gia_dinh: 0 },
      limits: { tapThe: 2, caNhan: 2 },
      overrideSector: 'Y tế',
      over: false,
    });
    expect(usage(AGENCY_RULE, BENH_VIEN)[0]).toMatchObject({
      limits: { tapThe: 2, caNhan: 2 },
      overrideSector: 'Y tế',
    });
    expect(usage(AGENCY_RULE, SO_TAI_CHINH)[0]).toMatchObject({
      limits: { combined: 1 },
      overrideSector: null,
    });
  });

  it('counts selected nominations for a selection total, and all of them as proposed', () => {
    expect(usage(BKT_TOTAL, null)[0]).toMatchObject({
      counts: { tap_the: 0, ca_nhan: 2, ho_gia_dinh: 0 },
      total: 2,
      proposed: 3 + 1 + 1 + 2 + 3,
      over: false,
    });
  });
});

describe('describeRule', () => {
  const ctx = {
    formName: (code: string) => FORMS.find((f) => f.code === code)?.name ?? code,
    kindName: (code: string) =>
      ({ huyen: 'Huyện', thi_xa: 'Thị xã', thanh_pho_thuoc_tinh: 'Thành phố thuộc tỉnh' })[code] ??
      code,
    periodName: (code: string) => `Đợt ${code}`,
  };
  const rule = (id: number) => RULES.find((r) => r.id === id)!;

  it('states the district rule', () => {
    const sentence = describeRule(rule(DISTRICT_RULE), ctx);
    expect(sentence).toContain('02 tập thể và 01 cá nhân');
    expect(sentence).toContain('Huyện, Thị xã, Thành phố thuộc tỉnh');
    expect(sentence).toContain('Bằng khen của Chủ tịch UBND tỉnh');
    expect(sentence).toContain('mục IV.3');
  });

  it('states the agency rule with its Y tế override', () => {
    const sentence = describeRule(rule(AGENCY_RULE), ctx);
    expect(sentence).toContain('01 (tập thể hoặc cá nhân, tính chung)');
    expect(sentence).toContain('riêng ngành Y tế: 02 tập thể và 02 cá nhân');
    expect(sentence).toContain('mục IV.3');
  });

  it('states a council total and a per-đợt rule', () => {
    expect(describeRule(rule(BKT_TOTAL), ctx)).toMatch(
      /^Hội đồng xét chọn tối đa 20 tập thể và 20 cá nhân/,
    );
    expect(describeRule(PERIOD_RULE, ctx)).toContain(', Đợt dot1 (mục IV.5)');
  });
});
