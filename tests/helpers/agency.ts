import type { AgencySettingsInput } from '../../shared/domain/settings';

/** The Bình Thuận provincial People's Committee, signed KT. Chủ tịch by a Phó Chủ tịch. */
export function binhThuanAgency(overrides: Partial<AgencySettingsInput> = {}): AgencySettingsInput {
  return {
    governingBody: '',
    issuingBody: 'Ủy ban nhân dân tỉnh Bình Thuận',
    issuingBodyAbbr: 'UBND',
    placeName: 'Phan Thiết',
    signerOnBehalfOf: '',
    signerDelegation: 'KT.',
    signerDelegationOf: 'Chủ tịch',
    signerTitle: 'Phó Chủ tịch',
    signerName: 'Nguyễn Hồng Hải',
    userName: 'Văn thư',
    ...overrides,
  };
}
