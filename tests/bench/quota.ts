/**
 * quota.check10k: the Bình Thuận rules (+ per-đợt rules) over 500 units and 10,000 nominations,
 * against a plain loop that only counts nominations per (unit, form, subject).
 */
import type { SubjectType } from '../../shared/domain/award-form';
import { MovementInput } from '../../shared/domain/movement';
import { BINH_THUAN_2021 } from '../../shared/presets/binh-thuan-2021';
import {
  checkQuotas,
  type CheckAwardForm,
  type CheckNomination,
  type CheckRule,
  type CheckUnit,
  type QuotaCheckInput,
} from '../../shared/rules/quota-check';

const RUNS = 7;
const UNITS = 500;
const NOMINATIONS = 10_000;
const SUBJECTS: readonly SubjectType[] = ['tap_the', 'ca_nhan', 'ho_gia_dinh'];
const PERIODS = [null, 'dot1', 'dot2'] as const;

/** Numerical Recipes LCG: the same data on every run. */
function lcg(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function buildInput(): QuotaCheckInput {
  const movement = MovementInput.parse(BINH_THUAN_2021.movement);
  const rules: CheckRule[] = movement.quotaRules.map((r, i) => ({ ...r, id: i + 1 }));
  for (const periodCode of ['dot1', 'dot2']) {
    rules.push({
      id: rules.length + 1,
      kind: 'proposal',
      scope: 'per_unit',
      unitKindCodes: ['huyen', 'thi_xa', 'thanh_pho_thuoc_tinh'],
      unitSectors: [],
      awardFormCode: 'bk_chu_tich_tinh',
      periodCode,
      limits: { tapThe: 1, caNhan: 1 },
      overrides: [],
      clause: 'mục IV.5',
    });
  }
  const forms: CheckAwardForm[] = [
    ['hc_lao_dong', 'Huân chương Lao động', false],
    ['hc_chien_cong', 'Huân chương Chiến công', true],
    ['bk_thu_tuong', 'Bằng khen của Thủ tướng Chính phủ', false],
    ['bk_chu_tich_tinh', 'Bằng khen của Chủ tịch UBND tỉnh', false],
  ].map(([code, name, armedForcesOnly]) => ({
    code: code as string,
    name: name as string,
    subjectTypes:
      code === 'hc_lao_dong' || code === 'hc_chien_cong' ? SUBJECTS.slice(0, 2) : SUBJECTS,
    allowsPosthumous: true,
    armedForcesOnly: armedForcesOnly as boolean,
  }));

  const random = lcg(20211130);
  const units: CheckUnit[] = Array.from({ length: UNITS }, (_, i) => {
    const kind = i % 3;
    return {
      id: i + 1,
      name: `${['Huyện', 'Sở', 'Trung tâm Y tế'][kind]} số ${i + 1}`,
      kindCode: ['huyen', 'co_quan', 'co_so_y_te'][kind]!,
      sector: kind === 0 ? null : random(4) === 0 ? 'Tài chính' : random(2) ? 'Y tế' : 'y tế',
      isArmedForces: false,
    };
  });
  const formCodes = forms.map((f) => f.code);
  const nominations: CheckNomination[] = Array.from({ length: NOMINATIONS }, (_, i) => ({
    id: i + 1,
    proposingUnitId: 1 + random(UNITS),
    workplaceUnitId: null,
    // Mostly Bằng khen tỉnh, as in a real intake.
    awardFormCode: random(4) === 0 ? formCodes[random(3)]! : 'bk_chu_tich_tinh',
    subjectType: SUBJECTS[random(10) === 0 ? 2 : random(2)]!,
    periodCode: PERIODS[random(3)]!,
    posthumous: random(50) === 0,
    selected: random(5) === 0,
  }));
  return { rules, movementForms: movement.awardForms, forms, units, nominations };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchQuota(
  report: (name: string, value: number, unit: string, reference?: number) => void,
): void {
  const input = buildInput();
  let sink = 0;
  const check = () => {
    sink += checkQuotas(input).violations.length;
  };
  const count = () => {
    const counts = new Map<string, number>();
    for (const n of input.nominations) {
      const key = `${n.proposingUnitId}|${n.awardFormCode}|${n.subjectType}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    sink += counts.size;
  };
  check();
  count();
  const checkTimes: number[] = [];
  const countTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    checkTimes.push(time(check));
    countTimes.push(time(count));
  }
  if (sink === 0) throw new Error('quota bench: nothing was counted');
  report('quota.check10k', median(checkTimes), 'ms', median(countTimes));
}
