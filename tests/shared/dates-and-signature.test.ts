import { describe, expect, it } from 'vitest';
import { formatDateVi, isValidIsoDate, isValidOn, parseDateVi } from '../../shared/domain/dates';
import { signatureBlockLines } from '../../shared/rules/signature-block';

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2021-13-01')).toBe(false);
    expect(isValidIsoDate('26/10/2021')).toBe(false);
  });
  it('converts between dd/mm/yyyy and ISO', () => {
    expect(formatDateVi('2021-10-26')).toBe('26/10/2021');
    expect(parseDateVi('6/3/2021')).toBe('2021-03-06');
    expect(parseDateVi('31/02/2021')).toBeNull();
    expect(formatDateVi(null)).toBe('');
  });
  it('checks validity intervals with open ends', () => {
    const huyen = { validFrom: null, validTo: '2025-06-30' };
    expect(isValidOn(huyen, '2021-10-26')).toBe(true);
    expect(isValidOn(huyen, '2025-07-01')).toBe(false);
  });
});

describe('signatureBlockLines', () => {
  const base = {
    signerOnBehalfOf: '',
    signerDelegation: '' as const,
    signerDelegationOf: '',
    signerTitle: 'Chủ tịch',
    signerName: 'Nguyễn Văn An',
  };
  it('prints TM. and KT. lines above the title, upper-cased', () => {
    expect(
      signatureBlockLines({
        ...base,
        signerOnBehalfOf: 'Ủy ban nhân dân',
        signerDelegation: 'KT.',
        signerDelegationOf: 'Chủ tịch',
        signerTitle: 'Phó Chủ tịch',
      }),
    ).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Nguyễn Văn An']);
  });
  it('prints a direct signature with the title only', () => {
    expect(signatureBlockLines(base)).toEqual(['CHỦ TỊCH', '', 'Nguyễn Văn An']);
  });
  it('prints Q. before the title', () => {
    expect(signatureBlockLines({ ...base, signerDelegation: 'Q.' })).toEqual([
      'Q. CHỦ TỊCH',
      '',
      'Nguyễn Văn An',
    ]);
  });
});
