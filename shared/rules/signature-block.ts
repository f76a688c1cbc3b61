import type { AgencySettingsData } from '../domain/settings';

type SignerFields = Pick<
  AgencySettingsData,
  'signerOnBehalfOf' | 'signerDelegation' | 'signerDelegationOf' | 'signerTitle' | 'signerName'
>;

/**
 * The lines of a signature block, top to bottom, as NĐ 30/2020 (Điều 13, Phụ lục I) prints them:
 * "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / (signature) / name.
 * The signature gap is returned as an empty string.
 */
export function signatureBlockLines(s: SignerFields): string[] {
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  const lines: string[] = [];
  if (s.signerOnBehalfOf) lines.push(`TM. ${upper(s.signerOnBehalfOf)}`);
  if (s.signerDelegation === 'Q.') {
    lines.push(`Q. ${upper(s.signerTitle)}`);
  } else {
    if (s.signerDelegation && s.signerDelegationOf) {
      lines.push(`${s.signerDelegation} ${upper(s.signerDelegationOf)}`);
    }
    if (s.signerTitle) lines.push(upper(s.signerTitle));
  }
  lines.push('');
  if (s.signerName) lines.push(s.signerName);
  return lines;
}
