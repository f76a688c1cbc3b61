import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { DecisionDefaults, IssuedDocument } from '../../shared/domain/document';
import type { Movement } from '../../shared/domain/movement';
import type { Nomination } from '../../shared/domain/nomination';
import type { AgencySettings } from '../../shared/domain/settings';
import { decisionAuthorityFindings } from '../../shared/rules/decision-authority';
import { value } from '../helpers/api';
import { testApp } from '../helpers/app';

const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

const SETTINGS = {
  governingBody: 'UBND huyện Hàm Thuận Bắc',
  issuingBody: 'Ủy ban nhân dân xã Hàm Chính',
  issuingBodyAbbr: 'UBND',
  placeName: 'Hàm Chính',
  signerOnBehalfOf: '',
  signerDelegation: '',
  signerDelegationOf: '',
  signerTitle: 'Chủ tịch',
  signerName: 'Nguyễn Văn Xã',
  userName: 'Văn thư xã',
};

const PROVINCE_ERROR =
  'Hình thức “Bằng khen của Chủ tịch UBND tỉnh” do Chủ tịch UBND cấp tỉnh quyết định; ' +
  'người ký của cơ quan này quyết định khen thưởng cấp Xã.';

/** A commune's movement with a province, a commune and a district form, one person for each. */
async function communeApp() {
  const app = testApp(() => new Date('2026-11-23T08:00:00Z'));
  const { dispatch } = app;
  const unit = value<{ id: number }>(
    await dispatch('units.create', { name: 'Thôn Phú Nhuận', kindCode: 'xa' }),
  );
  const movement = value<Movement>(
    await dispatch('movements.create', {
      issuingBody: 'Ủy ban nhân dân xã Hàm Chính',
      title: 'Phong trào thi đua xây dựng nông thôn mới năm 2026',
      procedure: 'thuong',
      legalRegimeCode: 'luat2022_nd152',
      awardForms: [
        { awardFormCode: 'bk_chu_tich_tinh', subjectTypes: ['ca_nhan'] },
        { awardFormCode: 'giay_khen_chu_tich_xa', subjectTypes: ['ca_nhan'] },
        { awardFormCode: 'giay_khen_chu_tich_huyen', subjectTypes: ['ca_nhan'] },
      ],
    }),
  );
  const nominate = async (awardFormCode: string, fullName: string) =>
    value<Nomination>(
      await dispatch('nominations.create', {
        movementId: movement.id,
        proposingUnitId: unit.id,
        awardFormCode,
        subjectType: 'ca_nhan',
        fullName,
        gender: 'nam',
      }),
    ).id;
  const province = await nominate('bk_chu_tich_tinh', 'Trần Văn Tỉnh');
  const commune = await nominate('giay_khen_chu_tich_xa', 'Lê Văn Xã');
  const district = await nominate('giay_khen_chu_tich_huyen', 'Phạm Văn Huyện');
  const count = (table: string) =>
    (app.db.prepare(`SELECT count(*) AS c FROM ${table}`).get() as { c: number }).c;
  const issue = (nominationIds: number[], date = '2026-11-23', number = 1) =>
    dispatch('documents.issueDecision', {
      movementId: movement.id,
      nominationIds,
      number,
      date,
    });
  return { ...app, movementId: movement.id, province, commune, district, count, issue };
}

describe('decision authority (rule G4) on a real database', () => {
  it('saves the signer’s level in the catalogue’s spelling, keeps it when left out, audits it', async () => {
    const { dispatch, db } = testApp();
    const saved = value<AgencySettings>(
      await dispatch('settings.update', { ...SETTINGS, decisionLevel: 'XÃ'.normalize('NFD') }),
    );
    expect(saved.decisionLevel).toBe('Xã');
    const kept = value<AgencySettings>(
      await dispatch('settings.update', { ...SETTINGS, signerName: 'Nguyễn Văn B' }),
    );
    expect(kept.decisionLevel).toBe('Xã');

    const audit = db
      .prepare(
        "SELECT before, after FROM audit_log WHERE entity = 'agency_settings' AND action = 'update' ORDER BY id",
      )
      .all() as { before: string; after: string }[];
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[0]!.before)).toMatchObject({ decision_level: null });
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ decision_level: 'Xã' });
    expect(JSON.parse(audit[1]!.after)).toMatchObject({
      decision_level: 'Xã',
      signer_name: 'Nguyễn Văn B',
    });

    const unknown = failure(
      await dispatch('settings.update', { ...SETTINGS, decisionLevel: 'Thôn' }),
    );
    expect(unknown.code).toBe('VALIDATION');
    expect(unknown.message).toContain('Cấp “Thôn” không có trong Danh mục hình thức khen thưởng');
    expect(unknown.details?.[0]?.field).toBe('decisionLevel');
    expect(value<AgencySettings>(await dispatch('settings.get', {})).decisionLevel).toBe('Xã');

    const cleared = value<AgencySettings>(
      await dispatch('settings.update', { ...SETTINGS, decisionLevel: '' }),
    );
    expect(cleared.decisionLevel).toBeNull();
  });

  it('offers an edited catalogue’s own level', async () => {
    const { dispatch } = testApp();
    value(
      await dispatch('awardForms.create', {
        code: 'giay_khen_cum_thi_dua',
        name: 'Giấy khen của Cụm thi đua',
        printName: 'Giấy khen',
        level: 'Cụm thi đua',
        decidingAuthority: 'Trưởng Cụm thi đua',
        subjectTypes: ['tap_the'],
        allowsPosthumous: false,
        armedForcesOnly: false,
        procedure: 'thường',
        legalSource: 'Quy chế Cụm thi đua',
      }),
    );
    const saved = value<AgencySettings>(
      await dispatch('settings.update', { ...SETTINGS, decisionLevel: 'cụm thi đua' }),
    );
    expect(saved.decisionLevel).toBe('Cụm thi đua');
  });

  it('refuses to issue a province form for a commune signer: nothing written, no number used', async () => {
    const { dispatch, province, commune, count, issue, movementId } = await communeApp();
    value(await dispatch('settings.update', { ...SETTINGS, decisionLevel: 'Xã' }));

    const refused = failure(await issue([commune, province]));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain(PROVINCE_ERROR);
    expect(refused.message).toContain('Cấp thẩm quyền khen thưởng của người ký');
    expect(refused.details?.map((d) => d.message)).toEqual([PROVINCE_ERROR]);
    expect(count('issued_documents')).toBe(0);
    expect(count('document_awardees')).toBe(0);
    expect(
      value<{ number: number }>(
        await dispatch('documents.nextNumber', { docType: 'quyet_dinh', year: 2026 }),
      ).number,
    ).toBe(1);

    // The composer is given what it needs to show the same finding before issuing.
    const defaults = value<DecisionDefaults>(
      await dispatch('documents.decisionDefaults', { movementId, date: '2026-11-23' }),
    );
    expect(defaults.decisionLevel).toBe('Xã');
    expect(defaults.authorityForms.map((f) => f.code).sort()).toEqual([
      'bk_chu_tich_tinh',
      'giay_khen_chu_tich_huyen',
      'giay_khen_chu_tich_xa',
    ]);
    const chosenForms = defaults.authorityForms.filter((f) =>
      ['bk_chu_tich_tinh', 'giay_khen_chu_tich_xa'].includes(f.code),
    );
    expect(
      decisionAuthorityFindings({
        date: '2026-11-23',
        decisionLevel: defaults.decisionLevel,
        forms: chosenForms,
      }).map((f) => f.message),
    ).toEqual([PROVINCE_ERROR]);

    // The commune's own form alone is issued, with number 1.
    const doc = value<IssuedDocument>(await issue([commune]));
    expect(doc.number).toBe(1);
    expect(count('issued_documents')).toBe(1);
    expect(count('document_awardees')).toBe(1);
  });

  it('refuses the district form after 30/06/2025 even for a district signer', async () => {
    const { dispatch, district, count, issue } = await communeApp();
    value(await dispatch('settings.update', { ...SETTINGS, decisionLevel: 'Huyện' }));
    const refused = failure(await issue([district]));
    expect(refused.message).toContain(
      'Hình thức “Giấy khen của Chủ tịch UBND cấp huyện” chỉ áp dụng đến ngày 30/06/2025; ' +
        'Quyết định ký ngày 23/11/2026.',
    );
    expect(count('issued_documents')).toBe(0);
  });

  it('issues with only a warning while the level is not declared, and never checks a Tờ trình', async () => {
    const { dispatch, province, commune, count, issue, movementId } = await communeApp();
    value(await dispatch('settings.update', SETTINGS));
    const doc = value<IssuedDocument>(await issue([province, commune]));
    expect(doc.awardeeCount).toBe(2);

    value(await dispatch('settings.update', { ...SETTINGS, decisionLevel: 'Xã' }));
    const submission = value<IssuedDocument>(
      await dispatch('documents.issueSubmission', {
        movementId,
        nominationIds: [province],
        number: 1,
        date: '2026-11-23',
        awardingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận',
      }),
    );
    expect(submission.docType).toBe('to_trinh');
    expect(count('issued_documents')).toBe(2);
  });
});
