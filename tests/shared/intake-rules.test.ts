import { describe, expect, it } from 'vitest';
import { daysLate, type DossierRequirement } from '../../shared/domain/dossier';
import { reconcileChecklist, requiredDocuments } from '../../shared/rules/checklist';
import { applicableDeadline } from '../../shared/rules/dossier-deadline';
import {
  compareCandidates,
  findDuplicatePairs,
  type DuplicateCandidate,
} from '../../shared/rules/duplicates';
import { personNameKey } from '../../shared/text/person-name';

describe('daysLate', () => {
  it('counts the deadline day as late for "trước ngày …" and on time when inclusive', () => {
    expect(daysLate('2021-11-30', '2021-11-30', false)).toBe(1);
    expect(daysLate('2021-11-30', '2021-11-30', true)).toBe(0);
    expect(daysLate('2021-11-29', '2021-11-30', false)).toBe(0);
    expect(daysLate('2021-12-03', '2021-11-30', true)).toBe(3);
    expect(daysLate('2021-12-03', null, true)).toBe(0);
  });
  it('crosses months and years exactly', () => {
    expect(daysLate('2022-01-02', '2021-12-31', true)).toBe(2);
    expect(daysLate('2024-03-01', '2024-02-28', true)).toBe(2); // 2024 is a leap year
  });
});

describe('applicableDeadline', () => {
  const movement = {
    periods: [
      { code: 'd1', startDate: '2021-06-01' },
      { code: 'd2', startDate: '2021-10-01' },
    ],
    deadlines: [
      { kind: 'bao_cao', date: '2021-07-01', inclusive: true },
      { kind: 'nop_ho_so', date: '2021-11-30', inclusive: false },
      { kind: 'nop_ho_so', date: '2021-07-15', inclusive: true },
    ],
  };
  it('takes the first submission deadline on or after the period start', () => {
    expect(applicableDeadline(movement, 'd1')).toEqual({ date: '2021-07-15', inclusive: true });
    expect(applicableDeadline(movement, 'd2')).toEqual({ date: '2021-11-30', inclusive: false });
  });
  it('takes the earliest submission deadline without a period, none when there is none', () => {
    expect(applicableDeadline(movement, null)?.date).toBe('2021-07-15');
    expect(applicableDeadline({ periods: [], deadlines: [] }, null)).toBeNull();
  });
});

const requirement = (
  over: Partial<DossierRequirement & { sortOrder: number }>,
): DossierRequirement & { sortOrder: number } => ({
  id: 1,
  procedure: null,
  awardFormCode: null,
  subjectType: null,
  condition: null,
  docType: 'to_trinh',
  label: 'Tờ trình',
  copies: 1,
  mandatory: true,
  legalSource: 'Luật',
  validFrom: null,
  validTo: null,
  sortOrder: 10,
  ...over,
});

describe('requiredDocuments', () => {
  const requirements = [
    requirement({ procedure: 'thuong', validTo: '2023-12-31', label: 'Tờ trình (cũ)' }),
    requirement({ procedure: 'thuong', validFrom: '2024-01-01', label: 'Tờ trình (mới)' }),
    requirement({
      procedure: 'don_gian',
      docType: 'bao_cao_tom_tat_thanh_tich',
      label: 'Tóm tắt',
      sortOrder: 30,
    }),
    requirement({
      condition: 'doanh_nghiep',
      docType: 'xac_nhan_thue',
      label: 'Thuế',
      sortOrder: 60,
    }),
    requirement({
      awardFormCode: 'hc_lao_dong_3',
      docType: 'khac',
      label: 'Riêng Huân chương',
      sortOrder: 70,
    }),
    requirement({
      subjectType: 'tap_the',
      docType: 'khac',
      label: 'Riêng tập thể',
      sortOrder: 80,
      mandatory: false,
    }),
  ];
  const ctx = {
    procedure: 'thuong' as const,
    awardFormCodes: ['bk_chu_tich_tinh'],
    subjectTypes: [] as ('ca_nhan' | 'tap_the')[],
    hasEnterprise: false,
    receivedDate: '2021-11-20',
  };
  it('picks the requirements valid on the received date, for the procedure', () => {
    expect(requiredDocuments(requirements, ctx).map((d) => d.label)).toEqual(['Tờ trình (cũ)']);
    expect(
      requiredDocuments(requirements, { ...ctx, receivedDate: '2024-05-02' }).map((d) => d.label),
    ).toEqual(['Tờ trình (mới)']);
  });
  it('adds enterprise, form- and subject-specific documents only when they apply', () => {
    const labels = requiredDocuments(requirements, {
      ...ctx,
      procedure: 'don_gian',
      awardFormCodes: ['hc_lao_dong_3'],
      subjectTypes: ['tap_the'],
      hasEnterprise: true,
    }).map((d) => d.label);
    expect(labels).toEqual(['Tóm tắt', 'Thuế', 'Riêng Huân chương', 'Riêng tập thể']);
  });
});

describe('reconcileChecklist', () => {
  it('adds new items, keeps ticked or annotated items that are no longer required, drops untouched ones', () => {
    const required = [
      {
        docType: 'to_trinh' as const,
        label: 'Tờ trình',
        copies: 2,
        mandatory: true,
        legalSource: 'x',
        sortOrder: 1,
      },
      {
        docType: 'xac_nhan_thue' as const,
        label: 'Thuế',
        copies: 1,
        mandatory: true,
        legalSource: 'x',
        sortOrder: 2,
      },
    ];
    const result = reconcileChecklist(
      [
        { id: 1, docType: 'to_trinh', label: 'Tờ trình', state: 'da_nhan', note: null },
        { id: 2, docType: 'xac_nhan_bhxh', label: 'BHXH', state: 'thieu', note: null },
        { id: 3, docType: 'khac', label: 'Khác', state: 'da_nhan', note: null },
        { id: 4, docType: 'khac', label: 'Ghi chú', state: 'thieu', note: 'đơn vị hẹn gửi' },
      ],
      required,
    );
    expect(result.add.map((a) => a.label)).toEqual(['Thuế']);
    expect(result.update).toEqual([{ ...required[0], id: 1 }]);
    expect(result.removeIds).toEqual([2]);
  });
});

const nurse = (over: Partial<DuplicateCandidate>): DuplicateCandidate => ({
  id: 1,
  movementId: 1,
  periodCode: null,
  proposingUnitId: 10,
  subjectType: 'ca_nhan',
  nameKey: personNameKey('Võ Thị Thu Thuỷ'),
  birthDate: '1988-02-09',
  birthYear: null,
  idNumber: null,
  workplace: 'Bệnh viện đa khoa tỉnh',
  ...over,
});

describe('duplicates', () => {
  it('finds the same nurse proposed by two units, whatever the case and tone placement', () => {
    const pairs = findDuplicatePairs([
      nurse({ id: 1 }),
      nurse({
        id: 2,
        proposingUnitId: 11,
        nameKey: personNameKey('VÕ THỊ THU THỦY'),
        workplace: 'BỆNH VIỆN ĐA KHOA TỈNH',
      }),
      nurse({ id: 3, nameKey: personNameKey('Võ Thị Thu Thảo') }),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 1, b: 2, severity: 'error', strength: 'chac_chan' });
    expect(pairs[0]!.evidence).toContain('Cùng ngày sinh 09/02/1988');
  });
  it('does not pair different birth dates or different CCCD numbers', () => {
    expect(compareCandidates(nurse({}), nurse({ id: 2, birthDate: '1988-02-10' }))).toBeNull();
    expect(
      compareCandidates(
        nurse({ idNumber: '001088000001' }),
        nurse({ id: 2, idNumber: '001088000002' }),
      ),
    ).toBeNull();
  });
  it('grades weaker evidence and separates movements (warning) from the same period (error)', () => {
    const yearOnly = compareCandidates(
      nurse({ birthDate: null, birthYear: 1988, workplace: 'Trạm Y tế xã' }),
      nurse({ id: 2, birthDate: '1988-05-01', workplace: 'Bệnh viện' }),
    );
    expect(yearOnly?.strength).toBe('nhieu_kha_nang');
    const noBirth = compareCandidates(
      nurse({ birthDate: null, workplace: null }),
      nurse({ id: 2 }),
    );
    expect(noBirth?.strength).toBe('co_the');
    const pairs = findDuplicatePairs([nurse({ id: 5 }), nurse({ id: 6, movementId: 2 })]);
    expect(pairs[0]?.severity).toBe('warning');
  });
  it('never pairs a person with a collective of the same name', () => {
    expect(
      findDuplicatePairs([nurse({ id: 1 }), nurse({ id: 2, subjectType: 'tap_the' })]),
    ).toEqual([]);
  });
});
