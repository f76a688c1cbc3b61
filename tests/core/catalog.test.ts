import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { AwardForm, VotingRule } from '../../shared/domain/award-form';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

describe('award-form catalogue and legal data', () => {
  it('ships forms with subject rules, reward rates and sources, and dated legal regimes', async () => {
    const { dispatch } = testApp();
    const forms = value<AwardForm[]>(await dispatch('awardForms.list', {}));
    const hccc = forms.find((f) => f.code === 'hc_chien_cong');
    expect(hccc).toMatchObject({ armedForcesOnly: true, allowsPosthumous: true });
    const bkTinh = forms.find((f) => f.code === 'bk_chu_tich_tinh');
    expect(bkTinh?.rewardRates).toContainEqual({
      subjectType: 'ca_nhan',
      multiplier: 1.5,
      regimeCode: 'luat2022_nd152',
      source: 'Nghị định 152/2025/NĐ-CP, Điều 54',
    });
    expect(forms.find((f) => f.code === 'giay_khen_chu_tich_huyen')?.validTo).toBe('2025-06-30');
    const regimes = value<{ code: string; validFrom: string }[]>(
      await dispatch('legalRegimes.list', {}),
    );
    expect(regimes.map((r) => r.code)).toEqual(['nd91_2017', 'luat2022_nd98', 'luat2022_nd152']);
    const salaries = value<{ validFrom: string; amount: number }[]>(
      await dispatch('baseSalary.list', {}),
    );
    expect(salaries.find((s) => s.validFrom === '2026-07-01')?.amount).toBe(2_530_000);
    const rules = value<VotingRule[]>(await dispatch('votingRules.list', {}));
    expect(rules.find((r) => r.code === 'nd91_2017_90_tong_so')).toMatchObject({
      base: 'total_members',
      thresholdNum: 90,
      thresholdDen: 100,
      comparator: 'gte',
      allowWrittenFromAbsent: true,
    });
  });

  it('adds and edits forms; refuses a duplicate code, an unknown voting rule and bad input', async () => {
    const { dispatch } = testApp();
    const input = {
      code: 'ky_niem_chuong_tinh',
      name: 'Kỷ niệm chương tỉnh',
      printName: 'Kỷ niệm chương “Vì sự nghiệp xây dựng tỉnh”',
      level: 'Tỉnh',
      decidingAuthority: 'Chủ tịch UBND cấp tỉnh',
      subjectTypes: ['ca_nhan'],
      allowsPosthumous: false,
      armedForcesOnly: false,
      procedure: 'thường',
      legalSource: 'Quy chế của tỉnh',
    };
    const created = value<AwardForm>(await dispatch('awardForms.create', input));
    expect(created).toMatchObject({
      code: 'ky_niem_chuong_tinh',
      defaultVotingRuleCode: null,
      rewardRates: [],
    });
    expect(await dispatch('awardForms.create', input)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const updated = value<AwardForm>(
      await dispatch('awardForms.update', {
        ...input,
        defaultVotingRuleCode: 'nd98_2023_80_tong_so',
      }),
    );
    expect(updated.defaultVotingRuleCode).toBe('nd98_2023_80_tong_so');
    const unknownRule = await dispatch('awardForms.update', {
      ...input,
      defaultVotingRuleCode: 'khong_co',
    });
    expect(!unknownRule.ok && unknownRule.error.details?.[0]?.field).toBe('defaultVotingRuleCode');
    const badCode = await dispatch('awardForms.create', { ...input, code: 'Mã có dấu' });
    expect(!badCode.ok && badCode.error.details?.[0]?.field).toBe('code');
    const noSubject = await dispatch('awardForms.create', {
      ...input,
      code: 'x',
      subjectTypes: [],
    });
    expect(!noSubject.ok && noSubject.error.message).toContain('Chọn ít nhất một đối tượng');
  });
});
