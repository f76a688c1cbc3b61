import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { Dossier, DossierDetail, IntakeRow } from '../../shared/domain/dossier';
import type { DuplicatePairView } from '../../shared/domain/duplicate';
import type { Nomination } from '../../shared/domain/nomination';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

async function demoApp() {
  const app = testApp();
  const { movementId } = value<{ movementId: number }>(await app.dispatch('demo.load', {}));
  const units = value<{ id: number; name: string; sector: string | null }[]>(
    await app.dispatch('units.list', {}),
  );
  const unit = (name: string) => {
    const found = units.find((u) => u.name.includes(name));
    if (!found) throw new Error(`no unit ${name}`);
    return found;
  };
  const newDossier = async (unitName: string, over: Record<string, unknown> = {}) =>
    value<DossierDetail>(
      await app.dispatch('dossiers.create', {
        receivedDate: '2021-11-25',
        proposingUnitId: unit(unitName).id,
        documentNumber: '45/TTr-UBND',
        documentDate: '2021-11-20',
        movementId,
        procedure: 'don_gian',
        awardFormCodes: ['bk_chu_tich_tinh'],
        ...over,
      }),
    );
  const person = (d: DossierDetail, over: Record<string, unknown> = {}) => ({
    movementId,
    proposingUnitId: d.proposingUnitId,
    dossierId: d.id,
    awardFormCode: 'bk_chu_tich_tinh',
    subjectType: 'ca_nhan',
    honorific: 'Bà',
    fullName: 'Võ Thị Thu Thuỷ',
    gender: 'nu',
    birthDate: '1988-02-09',
    position: 'Điều dưỡng',
    workplace: 'Bệnh viện đa khoa tỉnh',
    ...over,
  });
  return { ...app, movementId, unit, newDossier, person };
}

describe('dossier register (real SQLite file, through the dispatcher)', () => {
  it('numbers incoming dossiers per year and computes days late against the plan deadline', async () => {
    const { newDossier } = await demoApp();
    const first = await newDossier('Tuy Phong');
    const second = await newDossier('Bắc Bình', { receivedDate: '2021-11-29' });
    const nextYear = await newDossier('Phú Quý', {
      receivedDate: '2022-01-05',
      documentDate: null,
    });
    expect([first.incomingNumber, second.incomingNumber, nextYear.incomingNumber]).toEqual([
      1, 2, 1,
    ]);
    expect([first.year, nextYear.year]).toEqual([2021, 2022]);
    // Bình Thuận: "trước ngày 30/11/2021" — the 29th is on time, the 25th too, January is 36 days late.
    expect(first.deadline).toBe('2021-11-30');
    expect([first.daysLate, second.daysLate, nextYear.daysLate]).toEqual([0, 0, 37]);
  });

  it('builds the checklist from requirement records valid on the received date, with sources', async () => {
    const { newDossier } = await demoApp();
    const simplified = await newDossier('Tuy Phong');
    expect(simplified.checklist.map((c) => c.docType)).toEqual([
      'to_trinh',
      'danh_sach_de_nghi',
      'bao_cao_tom_tat_thanh_tich',
      'file_dien_tu',
    ]);
    expect(simplified.checklist[0]!.legalSource).toContain('91/2017');
    const normal2024 = await newDossier('Bắc Bình', {
      procedure: 'thuong',
      receivedDate: '2024-03-01',
      documentDate: null,
    });
    expect(normal2024.checklist.map((c) => c.docType)).toContain('bien_ban_xet_don_vi');
    expect(normal2024.checklist[0]!.legalSource).toContain('Luật Thi đua, khen thưởng 2022');
  });

  it('refuses Hợp lệ while a mandatory document is missing, and names it', async () => {
    const { dispatch, newDossier, person } = await demoApp();
    const d = await newDossier('Tuy Phong');
    value(await dispatch('nominations.create', person(d)));
    const refused = failure(
      await dispatch('dossiers.setStatus', { id: d.id, status: 'hop_le', date: '2021-11-26' }),
    );
    expect(refused.message).toContain('Tờ trình đề nghị khen thưởng kèm danh sách');
    for (const item of d.checklist.filter((c) => c.mandatory)) {
      value(await dispatch('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' }));
    }
    const valid = value<DossierDetail>(
      await dispatch('dossiers.setStatus', { id: d.id, status: 'hop_le', date: '2021-11-26' }),
    );
    expect(valid.status).toBe('hop_le');
    expect(valid.history.map((h) => h.status)).toEqual(['da_nhan', 'hop_le']);
    // Not every move is allowed, and returning needs a reason.
    expect(
      failure(
        await dispatch('dossiers.setStatus', {
          id: d.id,
          status: 'da_co_quyet_dinh',
          date: '2021-11-27',
        }),
      ).message,
    ).toContain('Không chuyển được');
    expect(
      failure(
        await dispatch('dossiers.setStatus', { id: d.id, status: 'tra_lai', date: '2021-11-27' }),
      ).message,
    ).toContain('lý do');
  });

  it('adds the enterprise confirmations once an enterprise is nominated, keeping ticked items', async () => {
    const { dispatch, newDossier, movementId } = await demoApp();
    const d = await newDossier('Tuy Phong');
    const before = d.checklist.map((c) => c.docType);
    expect(before).not.toContain('xac_nhan_thue');
    value(
      await dispatch('dossiers.setChecklistItem', { id: d.checklist[0]!.id, state: 'da_nhan' }),
    );
    value(
      await dispatch('nominations.create', {
        movementId,
        proposingUnitId: d.proposingUnitId,
        dossierId: d.id,
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'tap_the',
        fullName: 'Công ty TNHH Thủy sản Phan Thiết',
        isEnterprise: true,
      }),
    );
    const after = value<DossierDetail>(await dispatch('dossiers.get', { id: d.id }));
    expect(after.checklist.map((c) => c.docType)).toEqual(
      expect.arrayContaining(['xac_nhan_thue', 'xac_nhan_bhxh', 'xac_nhan_chinh_quyen_dia_phuong']),
    );
    expect(after.checklist[0]!.state).toBe('da_nhan');
    expect(after.missingMandatory).toBe(5);
  });

  it('stores attached scans by hash in the data folder and notices a tampered copy', async () => {
    const { dispatch, newDossier, dataDir } = await demoApp();
    const d = await newDossier('Tuy Phong');
    const content = Buffer.from('%PDF-1.4 bản quét tờ trình');
    const withFile = value<DossierDetail>(
      await dispatch('dossiers.attachFile', {
        dossierId: d.id,
        fileName: 'To trinh 45.pdf',
        contentBase64: content.toString('base64'),
      }),
    );
    const file = withFile.files[0]!;
    expect(file).toMatchObject({ fileName: 'To trinh 45.pdf', size: content.length });
    const stored = path.join(dataDir, 'files', file.sha256.slice(0, 2), `${file.sha256}.pdf`);
    expect(readFileSync(stored)).toEqual(content);
    const back = value<{ contentBase64: string }>(
      await dispatch('dossiers.fileContent', { fileId: file.id }),
    );
    expect(Buffer.from(back.contentBase64, 'base64')).toEqual(content);
    expect(
      value<{ opened: boolean }>(await dispatch('dossiers.openFile', { fileId: file.id })),
    ).toEqual({
      opened: false,
    });
    writeFileSync(stored, 'changed');
    expect(failure(await dispatch('dossiers.fileContent', { fileId: file.id })).message).toContain(
      'mã băm không khớp',
    );
    value(await dispatch('dossiers.removeFile', { fileId: file.id }));
    expect(existsSync(stored)).toBe(true);
    expect(value<DossierDetail>(await dispatch('dossiers.get', { id: d.id })).files).toEqual([]);
  });

  it('filters the register and answers which units have not submitted, are late or incomplete', async () => {
    const { dispatch, newDossier, movementId, person } = await demoApp();
    const onTime = await newDossier('Tuy Phong');
    const late = await newDossier('Bắc Bình', { receivedDate: '2021-12-02' });
    value(await dispatch('nominations.create', person(onTime)));
    for (const item of onTime.checklist) {
      value(await dispatch('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' }));
    }
    const lateOnly = value<Dossier[]>(
      await dispatch('dossiers.list', { movementId, lateOnly: true }),
    );
    expect(lateOnly.map((d) => d.id)).toEqual([late.id]);
    expect(lateOnly[0]!.daysLate).toBe(3);
    const incomplete = value<Dossier[]>(await dispatch('dossiers.list', { incompleteOnly: true }));
    expect(incomplete.map((d) => d.id)).toEqual([late.id]);
    const board = value<IntakeRow[]>(await dispatch('dossiers.intakeBoard', { movementId }));
    const state = (name: string) => board.find((r) => r.unitName.includes(name))?.state;
    expect(state('Tuy Phong')).toBe('day_du');
    expect(state('Bắc Bình')).toBe('thieu_ho_so');
    expect(state('Phú Quý')).toBe('chua_nop');
    expect(board.filter((r) => r.state === 'chua_nop').length).toBeGreaterThan(5);
  });

  it('keeps a movement with dossiers from being deleted', async () => {
    const { dispatch, newDossier, movementId } = await demoApp();
    await newDossier('Tuy Phong');
    expect(failure(await dispatch('movements.delete', { id: movementId })).message).toContain(
      'hồ sơ',
    );
  });
});

describe('nominations: person details, sensitive CCCD, search, duplicates', () => {
  it('hides the CCCD unless asked and refuses a malformed one', async () => {
    const { dispatch, newDossier, person } = await demoApp();
    const d = await newDossier('Tuy Phong');
    const created = value<Nomination>(
      await dispatch('nominations.create', person(d, { idNumber: '060188 000123' })),
    );
    expect(created).toMatchObject({ idNumber: null, hasIdNumber: true, honorific: 'Bà' });
    const full = value<Nomination>(
      await dispatch('nominations.get', { id: created.id, withIdNumber: true }),
    );
    expect(full.idNumber).toBe('060188000123');
    const bad = failure(await dispatch('nominations.create', person(d, { idNumber: '12345' })));
    expect(bad.message).toContain('Số CCCD');
  });

  it('refuses posthumous awards to collectives and forms the movement does not have', async () => {
    const { dispatch, newDossier, person } = await demoApp();
    const d = await newDossier('Tuy Phong');
    const posthumous = failure(
      await dispatch(
        'nominations.create',
        person(d, {
          subjectType: 'tap_the',
          gender: null,
          birthDate: null,
          posthumous: true,
          fullName: 'Trạm Y tế xã',
        }),
      ),
    );
    expect(posthumous.message).toContain('Chỉ truy tặng cho cá nhân');
    const otherForm = failure(
      await dispatch('nominations.create', person(d, { awardFormCode: 'gk_chu_tich_huyen' })),
    );
    expect(otherForm.code).toBe('VALIDATION');
  });

  it('finds nominations by prefix, ignoring diacritics and đ, in Vietnamese name order', async () => {
    const { dispatch, newDossier, person } = await demoApp();
    const d = await newDossier('Tuy Phong');
    for (const [fullName, birthDate] of [
      ['Đặng Văn Ưng', '1970-01-01'],
      ['Nguyễn Thị Thủy', '1980-01-01'],
      ['Nguyễn Văn An', '1975-01-01'],
      ['Trần Đức Bình', '1990-01-01'],
    ] as const) {
      value(
        await dispatch('nominations.create', person(d, { fullName, birthDate, honorific: null })),
      );
    }
    const names = async (query: string) =>
      value<Nomination[]>(await dispatch('nominations.list', { query })).map((n) => n.fullName);
    expect(await names('dang van ung')).toEqual(['Đặng Văn Ưng']);
    expect(await names('nguy')).toEqual(['Nguyễn Văn An', 'Nguyễn Thị Thủy']);
    expect(await names('thuy')).toEqual(['Nguyễn Thị Thủy']);
    expect(await names('DUC b')).toEqual(['Trần Đức Bình']);
    expect(await names('điều dưỡng nguyễn')).toEqual(['Nguyễn Văn An', 'Nguyễn Thị Thủy']);
    expect(await names('xyz')).toEqual([]);
    // Without a query: persons by tên (An, Bình, Thủy, Ưng).
    const all = value<Nomination[]>(await dispatch('nominations.list', { dossierId: d.id })).map(
      (n) => n.fullName,
    );
    expect(all).toEqual(['Nguyễn Văn An', 'Trần Đức Bình', 'Nguyễn Thị Thủy', 'Đặng Văn Ưng']);
  });

  it('finds the same nurse proposed by two units, lets the secretary keep both or merge', async () => {
    const { dispatch, newDossier, person, movementId } = await demoApp();
    const a = await newDossier('Tuy Phong');
    const b = await newDossier('Sở Y tế');
    const first = value<Nomination>(await dispatch('nominations.create', person(a)));
    const second = value<Nomination>(
      await dispatch(
        'nominations.create',
        person(b, { fullName: 'VÕ THỊ THU THỦY', honorific: null }),
      ),
    );
    value(await dispatch('nominations.create', person(b, { fullName: 'Võ Thị Thu Thảo' })));
    const pairs = value<DuplicatePairView[]>(await dispatch('duplicates.list', { movementId }));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ severity: 'error', strength: 'chac_chan' });
    expect(pairs[0]!.evidence).toContain('Cùng ngày sinh 09/02/1988');
    expect([pairs[0]!.a.id, pairs[0]!.b.id]).toEqual([first.id, second.id]);

    const noReason = failure(
      await dispatch('duplicates.resolve', {
        a: first.id,
        b: second.id,
        decision: 'khac_nguoi',
        reason: ' ',
      }),
    );
    expect(noReason.code).toBe('VALIDATION');
    value(
      await dispatch('duplicates.resolve', {
        a: first.id,
        b: second.id,
        decision: 'gop',
        keepId: first.id,
        reason: 'Cùng một người, Sở Y tế đề nghị trùng',
      }),
    );
    expect(value<DuplicatePairView[]>(await dispatch('duplicates.list', { movementId }))).toEqual(
      [],
    );
    expect(failure(await dispatch('nominations.get', { id: second.id })).code).toBe('NOT_FOUND');
  });
});

describe('nominations.update', () => {
  it('keeps the stored CCCD when the edit leaves it out, and clears it on null', async () => {
    const { dispatch, newDossier, person } = await demoApp();
    const d = await newDossier('Tuy Phong');
    const created = value<Nomination>(
      await dispatch('nominations.create', person(d, { idNumber: '060188000123' })),
    );
    const edited = value<Nomination>(
      await dispatch('nominations.update', {
        id: created.id,
        ...person(d, { position: 'Trưởng khoa' }),
      }),
    );
    expect(edited.position).toBe('Trưởng khoa');
    const kept = value<Nomination>(
      await dispatch('nominations.get', { id: created.id, withIdNumber: true }),
    );
    expect(kept.idNumber).toBe('060188000123');
    value(await dispatch('nominations.update', { id: created.id, ...person(d), idNumber: null }));
    const cleared = value<Nomination>(
      await dispatch('nominations.get', { id: created.id, withIdNumber: true }),
    );
    expect(cleared.idNumber).toBeNull();
  });
});
