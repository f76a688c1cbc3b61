import { describe, expect, it } from 'vitest';
import { openApp } from '../../electron/api/app';
import { AgencySettingsInput } from '../../shared/domain/settings';
import { testApp } from '../helpers/app';

const input = AgencySettingsInput.parse({
  governingBody: 'UBND tỉnh Bình Thuận',
  issuingBody: 'Sở Nội vụ',
  issuingBodyAbbr: 'SNV',
  placeName: 'Bình Thuận',
  signerOnBehalfOf: '',
  signerDelegation: 'KT.',
  signerDelegationOf: 'Giám đốc',
  signerTitle: 'Phó Giám đốc',
  signerName: 'Trần Thị Bình',
  userName: 'Văn thư',
});

describe('agency settings', () => {
  it('starts blank and keeps what was saved across a restart', () => {
    const first = testApp(() => new Date('2026-01-02T03:04:05Z'));
    expect(first.services.settings.get()).toMatchObject({ issuingBody: '', updatedAt: null });
    const saved = first.services.settings.update(input);
    expect(saved).toMatchObject({ ...input, updatedAt: '2026-01-02T03:04:05.000Z' });
    first.close();
    const second = openApp({ dataDir: first.dataDir, mode: 'browser', appVersion: 't' });
    expect(second.services.settings.get()).toMatchObject(input);
    second.close();
  });
});
