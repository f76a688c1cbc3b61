import { describe, expect, it } from 'vitest';
import type { DecisionAuthorityForm } from '../../shared/domain/document';
import {
  decisionAuthorityFindings,
  distinctLevels,
  sameLevel,
} from '../../shared/rules/decision-authority';

const PROVINCE: DecisionAuthorityForm = {
  code: 'bk_chu_tich_tinh',
  name: 'Bằng khen của Chủ tịch UBND tỉnh',
  level: 'Tỉnh',
  decidingAuthority: 'Chủ tịch UBND cấp tỉnh',
  validFrom: null,
  validTo: null,
};
const COMMUNE: DecisionAuthorityForm = {
  code: 'giay_khen_chu_tich_xa',
  name: 'Giấy khen của Chủ tịch UBND cấp xã',
  level: 'Xã',
  decidingAuthority: 'Chủ tịch UBND cấp xã',
  validFrom: null,
  validTo: null,
};
const DISTRICT: DecisionAuthorityForm = {
  code: 'giay_khen_chu_tich_huyen',
  name: 'Giấy khen của Chủ tịch UBND cấp huyện',
  level: 'Huyện',
  decidingAuthority: 'Chủ tịch UBND cấp huyện',
  validFrom: null,
  validTo: '2025-06-30',
};

describe('decision authority (rule G4)', () => {
  it('passes when every form is of the signer’s level', () => {
    expect(
      decisionAuthorityFindings({
        date: '2026-11-23',
        decisionLevel: 'Xã',
        forms: [COMMUNE, COMMUNE],
      }),
    ).toEqual([]);
  });

  it('refuses a province form for a commune signer, naming the form and who decides it', () => {
    const findings = decisionAuthorityFindings({
      date: '2026-11-23',
      decisionLevel: 'Xã',
      forms: [COMMUNE, PROVINCE],
    });
    expect(findings).toEqual([
      {
        severity: 'error',
        awardFormCode: 'bk_chu_tich_tinh',
        message:
          'Hình thức “Bằng khen của Chủ tịch UBND tỉnh” do Chủ tịch UBND cấp tỉnh quyết định; ' +
          'người ký của cơ quan này quyết định khen thưởng cấp Xã.',
      },
    ]);
  });

  it('allows the district form in 2021 and refuses it after 30/06/2025', () => {
    expect(
      decisionAuthorityFindings({ date: '2021-10-26', decisionLevel: 'Huyện', forms: [DISTRICT] }),
    ).toEqual([]);
    expect(
      decisionAuthorityFindings({ date: '2025-06-30', decisionLevel: 'Huyện', forms: [DISTRICT] }),
    ).toEqual([]);
    const late = decisionAuthorityFindings({
      date: '2026-01-15',
      decisionLevel: 'Huyện',
      forms: [DISTRICT],
    });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ severity: 'error', awardFormCode: 'giay_khen_chu_tich_huyen' });
    expect(late[0]!.message).toContain('chỉ áp dụng đến ngày 30/06/2025');
    expect(late[0]!.message).toContain('15/01/2026');
  });

  it('refuses a form before it applies', () => {
    const future = { ...COMMUNE, validFrom: '2025-07-01' };
    const [finding] = decisionAuthorityFindings({
      date: '2025-06-01',
      decisionLevel: 'Xã',
      forms: [future],
    });
    expect(finding?.message).toContain('chỉ áp dụng từ ngày 01/07/2025');
  });

  it('only warns when the signer’s level is not declared, but still checks validity', () => {
    for (const decisionLevel of [null, '', '  ']) {
      expect(
        decisionAuthorityFindings({
          date: '2026-11-23',
          decisionLevel,
          forms: [PROVINCE, COMMUNE],
        }),
      ).toEqual([
        {
          severity: 'warning',
          awardFormCode: null,
          message:
            'Chưa khai báo cấp thẩm quyền của người ký trong Cài đặt: chưa kiểm tra được thẩm quyền.',
        },
      ]);
    }
    const late = decisionAuthorityFindings({
      date: '2026-11-23',
      decisionLevel: null,
      forms: [DISTRICT],
    });
    expect(late.map((f) => f.severity)).toEqual(['warning', 'error']);
  });

  it('does not check validity before a date is chosen', () => {
    expect(
      decisionAuthorityFindings({ date: null, decisionLevel: 'Huyện', forms: [DISTRICT] }),
    ).toEqual([]);
  });

  it('compares levels ignoring case and Unicode form', () => {
    const nfd = 'Xã'.normalize('NFD');
    expect(nfd).not.toBe('Xã');
    expect(sameLevel(nfd, 'xÃ')).toBe(true);
    expect(sameLevel('Tỉnh', 'Xã')).toBe(false);
    expect(
      decisionAuthorityFindings({
        date: '2026-11-23',
        decisionLevel: `  ${nfd.toUpperCase()} `,
        forms: [COMMUNE],
      }),
    ).toEqual([]);
    expect(
      decisionAuthorityFindings({
        date: '2026-11-23',
        decisionLevel: 'TỈNH',
        forms: [{ ...PROVINCE, level: 'tỉnh'.normalize('NFD') }],
      }),
    ).toEqual([]);
  });

  it('works with a level the catalogue was edited to have', () => {
    const cluster: DecisionAuthorityForm = {
      code: 'giay_khen_cum_thi_dua',
      name: 'Giấy khen của Cụm thi đua',
      level: 'Cụm thi đua',
      decidingAuthority: 'Trưởng Cụm thi đua',
      validFrom: '2026-01-01',
      validTo: null,
    };
    expect(
      decisionAuthorityFindings({
        date: '2026-11-23',
        decisionLevel: 'cụm thi đua',
        forms: [cluster],
      }),
    ).toEqual([]);
    const wrong = decisionAuthorityFindings({
      date: '2026-11-23',
      decisionLevel: 'Cụm thi đua',
      forms: [cluster, COMMUNE],
    });
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.message).toContain('“Giấy khen của Chủ tịch UBND cấp xã”');
    expect(wrong[0]!.message).toContain('quyết định khen thưởng cấp Cụm thi đua.');
  });

  it('lists each catalogue level once, in catalogue order and spelling', () => {
    expect(
      distinctLevels(['Nhà nước', 'Chính phủ', 'Tỉnh', 'tỉnh', 'Xã'.normalize('NFD'), 'Xã', ' ']),
    ).toEqual(['Nhà nước', 'Chính phủ', 'Tỉnh', 'Xã']);
  });
});
