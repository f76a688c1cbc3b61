import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Input, Result } from '../../shared/contract';
import type { DossierDetail, DossierRequirement } from '../../shared/domain/dossier';
import { compareVi } from '../../shared/text/vietnamese';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

/** Bình Thuận's own rule for enterprises in industrial parks (a province-made requirement). */
const PROVINCE_RULE = {
  condition: 'doanh_nghiep',
  docType: 'khac',
  label: 'Giấy xác nhận của Ban quản lý khu công nghiệp',
  copies: 1,
  mandatory: true,
  legalSource: 'Quy chế khen thưởng tỉnh Bình Thuận (QĐ 25/2018/QĐ-UBND), Điều 30',
  validFrom: '2018-08-03',
} satisfies Input<'requirements.create'>;

async function demoApp() {
  const app = testApp();
  const { movementId } = value<{ movementId: number }>(await app.dispatch('demo.load', {}));
  const units = value<{ id: number; name: string }[]>(await app.dispatch('units.list', {}));
  const unitId = (name: string) => {
    const found = units.find((u) => u.name.includes(name));
    if (!found) throw new Error(`no unit ${name}`);
    return found.id;
  };
  const newDossier = async (unitName: string, over: Record<string, unknown> = {}) =>
    value<DossierDetail>(
      await app.dispatch('dossiers.create', {
        receivedDate: '2021-11-25',
        proposingUnitId: unitId(unitName),
        movementId,
        procedure: 'don_gian',
        awardFormCodes: ['bk_chu_tich_tinh'],
        ...over,
      }),
    );
  const nominate = async (d: DossierDetail, over: Record<string, unknown> = {}) =>
    value(
      await app.dispatch('nominations.create', {
        movementId,
        proposingUnitId: d.proposingUnitId,
        dossierId: d.id,
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'tap_the',
        fullName: 'Công ty TNHH Thủy sản Phan Thiết',
        isEnterprise: true,
        ...over,
      }),
    );
  const dossier = async (id: number) =>
    value<DossierDetail>(await app.dispatch('dossiers.get', { id }));
  return { ...app, movementId, unitId, newDossier, nominate, dossier };
}

describe('requirements: the editable checklist records', () => {
  it('adds, edits and removes a record through the dispatcher', async () => {
    const { dispatch } = testApp();
    const seeded = value<DossierRequirement[]>(await dispatch('requirements.list', {}));
    expect(seeded.length).toBeGreaterThan(10);
    expect(seeded.every((r) => r.legalSource !== '')).toBe(true);

    const created = value<DossierRequirement>(
      await dispatch('requirements.create', {
        ...PROVINCE_RULE,
        label: '  Giấy xác nhận của Ban quản lý   khu công nghiệp ',
      }),
    );
    expect(created).toMatchObject({
      procedure: null,
      awardFormCode: null,
      subjectType: null,
      condition: 'doanh_nghiep',
      label: PROVINCE_RULE.label,
      validTo: null,
    });
    // Without a position it goes last.
    expect(created.sortOrder).toBe(Math.max(...seeded.map((r) => r.sortOrder)) + 10);

    const updated = value<DossierRequirement>(
      await dispatch('requirements.update', {
        ...PROVINCE_RULE,
        id: created.id,
        copies: 2,
        mandatory: false,
        validTo: '2026-12-31',
      }),
    );
    expect(updated).toMatchObject({ id: created.id, copies: 2, mandatory: false });
    expect(updated.sortOrder).toBe(created.sortOrder);
    const listed = value<DossierRequirement[]>(await dispatch('requirements.list', {}));
    expect(listed.at(-1)).toEqual(updated);

    expect(value(await dispatch('requirements.delete', { id: created.id }))).toEqual({
      id: created.id,
    });
    expect(value<DossierRequirement[]>(await dispatch('requirements.list', {}))).toEqual(seeded);
    expect(failure(await dispatch('requirements.delete', { id: created.id })).code).toBe(
      'NOT_FOUND',
    );
    expect(
      failure(await dispatch('requirements.update', { ...PROVINCE_RULE, id: created.id })).code,
    ).toBe('NOT_FOUND');
  });

  it('explains bad input next to the field: source, copies, dates, award form', async () => {
    const { dispatch } = testApp();
    const problem = async (input: Record<string, unknown>) => {
      const error = failure(await dispatch('requirements.create', { ...PROVINCE_RULE, ...input }));
      return { code: error.code, ...error.details?.[0] };
    };
    expect(await problem({ legalSource: '  ' })).toMatchObject({
      code: 'VALIDATION',
      field: 'legalSource',
      fieldLabel: 'Căn cứ',
      message: 'Không được để trống',
    });
    expect(await problem({ label: '' })).toMatchObject({
      field: 'label',
      fieldLabel: 'Tên giấy tờ',
    });
    expect(await problem({ copies: 0 })).toMatchObject({
      field: 'copies',
      message: 'Ít nhất 1 bản',
    });
    expect(await problem({ validFrom: '2024-01-01', validTo: '2023-12-31' })).toMatchObject({
      field: 'validTo',
      message: 'Ngày hết hiệu lực phải từ ngày bắt đầu hiệu lực trở đi',
    });
    expect(await problem({ docType: 'giay_phep' })).toMatchObject({ field: 'docType' });
    expect(await problem({ awardFormCode: 'khong_co' })).toMatchObject({
      code: 'VALIDATION',
      field: 'awardFormCode',
      message: 'Hình thức “khong_co” không có trong danh mục.',
    });
    const subject = await problem({
      awardFormCode: 'co_thi_dua_chinh_phu',
      subjectType: 'ca_nhan',
    });
    expect(subject).toMatchObject({ code: 'VALIDATION', field: 'subjectType' });
    expect(subject.message).toContain('không khen cho cá nhân');
    // The same day on both ends is a one-day rule, not an error.
    value(await dispatch('requirements.create', { ...PROVINCE_RULE, validTo: '2018-08-03' }));
  });

  it('refuses a duplicate with overlapping validity, allows one that follows it', async () => {
    const { dispatch } = testApp();
    const first = value<DossierRequirement>(
      await dispatch('requirements.create', { ...PROVINCE_RULE, validTo: '2025-06-30' }),
    );
    const twin = failure(
      await dispatch('requirements.create', {
        ...PROVINCE_RULE,
        label: 'giấy xác nhận của ban quản lý khu công nghiệp',
        validFrom: '2025-01-01',
      }),
    );
    expect(twin.code).toBe('CONFLICT');
    expect(twin.details?.[0]?.field).toBe('label');
    expect(twin.message).toContain('từ 03/08/2018 đến 30/06/2025');

    // The regulation is replaced on 01/07/2025: the new record follows the old one.
    value(
      await dispatch('requirements.create', {
        ...PROVINCE_RULE,
        legalSource: 'Quy chế khen thưởng tỉnh (sửa đổi 2025)',
        validFrom: '2025-07-01',
      }),
    );
    // Other procedure or another form: a different rule.
    value(await dispatch('requirements.create', { ...PROVINCE_RULE, procedure: 'thuong' }));
    value(
      await dispatch('requirements.create', { ...PROVINCE_RULE, awardFormCode: 'bk_thu_tuong' }),
    );
    // Stretching the first one over its successor is refused too; editing it in place is not.
    expect(
      failure(await dispatch('requirements.update', { ...PROVINCE_RULE, id: first.id })).code,
    ).toBe('CONFLICT');
    value(
      await dispatch('requirements.update', {
        ...PROVINCE_RULE,
        id: first.id,
        validTo: '2025-06-30',
        copies: 3,
      }),
    );
  });

  it('a new province requirement reaches new dossiers; old dossiers keep their items', async () => {
    const { dispatch, newDossier, nominate, dossier } = await demoApp();
    const old = await newDossier('Tuy Phong');
    await nominate(old);
    const oldBefore = await dossier(old.id);
    const tax = oldBefore.checklist.find((c) => c.docType === 'xac_nhan_thue')!;
    value(await dispatch('dossiers.setChecklistItem', { id: tax.id, state: 'da_nhan' }));

    const rule = value<DossierRequirement>(await dispatch('requirements.create', PROVINCE_RULE));

    const fresh = await newDossier('Bắc Bình');
    // The enterprise condition waits for an enterprise among the nominations.
    expect(fresh.checklist.map((c) => c.label)).not.toContain(PROVINCE_RULE.label);
    await nominate(fresh, { fullName: 'Công ty Cổ phần Điện gió Tuy Phong' });
    const freshAfter = await dossier(fresh.id);
    const item = freshAfter.checklist.find((c) => c.label === PROVINCE_RULE.label);
    expect(item).toMatchObject({
      docType: 'khac',
      mandatory: true,
      state: 'thieu',
      legalSource: PROVINCE_RULE.legalSource,
    });
    // Listed after the seeded documents.
    expect(freshAfter.checklist.at(-1)?.label).toBe(PROVINCE_RULE.label);

    const oldAfter = await dossier(old.id);
    expect(oldAfter.checklist).toEqual(
      oldBefore.checklist.map((c) => (c.id === tax.id ? { ...c, state: 'da_nhan' } : c)),
    );

    // Removing records touches no dossier: the ticked item and the new one both stay.
    value(
      await dispatch('dossiers.setChecklistItem', {
        id: item!.id,
        state: 'da_nhan',
        note: 'Bản chính',
      }),
    );
    value(await dispatch('requirements.delete', { id: rule.id }));
    const seededTax = value<DossierRequirement[]>(await dispatch('requirements.list', {})).find(
      (r) => r.docType === 'xac_nhan_thue',
    )!;
    value(await dispatch('requirements.delete', { id: seededTax.id }));
    expect((await dossier(fresh.id)).checklist).toEqual(
      freshAfter.checklist.map((c) =>
        c.id === item!.id ? { ...c, state: 'da_nhan', note: 'Bản chính' } : c,
      ),
    );
    expect((await dossier(old.id)).checklist).toEqual(oldAfter.checklist);

    // A dossier received afterwards no longer asks for them.
    const later = await newDossier('Phú Quý');
    await nominate(later, { fullName: 'Công ty TNHH Muối Phú Quý' });
    const labels = (await dossier(later.id)).checklist.map((c) => c.docType);
    expect(labels).not.toContain('xac_nhan_thue');
    expect(labels).toContain('xac_nhan_bhxh');
  });
});

async function rowsOf(file: { fileName: string; contentBase64: string }) {
  const workbook = new ExcelJS.Workbook();
  // read() rather than load(): exceljs's own `Buffer` typing clashes with Node's under the DOM lib.
  await workbook.xlsx.read(Readable.from([Buffer.from(file.contentBase64, 'base64')]));
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).value));
  });
  const header = rows.findIndex((r) => r[0] === 'STT');
  return { sheet, titles: rows.slice(0, header).map((r) => r[0]), header: rows[header]!, rows };
}

describe('exports of the intake board and the duplicates list', () => {
  it('writes the intake board per unit, in Vietnamese order, with states and counts', async () => {
    const { dispatch, newDossier, movementId } = await demoApp();
    await newDossier('Tuy Phong');
    await newDossier('Bắc Bình', { receivedDate: '2021-12-02' });
    const file = value<{ fileName: string; contentBase64: string }>(
      await dispatch('exports.intakeBoard', { movementId }),
    );
    expect(file.fileName).toMatch(/^theo-doi-nop-ho-so-\d{8}\.xlsx$/);
    const { titles, header, rows, sheet } = await rowsOf(file);
    expect(sheet.name).toBe('Theo dõi nộp hồ sơ');
    expect(titles[0]).toBe('BẢNG THEO DÕI NỘP HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG');
    expect(header).toEqual([
      'STT',
      'Đơn vị',
      'Tình trạng',
      'Số hồ sơ',
      'Số trường hợp',
      'Hồ sơ nộp muộn',
      'Số ngày muộn nhiều nhất',
      'Hồ sơ còn thiếu giấy tờ',
    ]);
    const board = value<{ unitName: string }[]>(
      await dispatch('dossiers.intakeBoard', { movementId }),
    );
    const data = rows.slice(rows.indexOf(header) + 1, rows.indexOf(header) + 1 + board.length);
    expect(data.map((r) => r[1])).toEqual(board.map((r) => r.unitName).sort(compareVi));
    expect(data.map((r) => r[0])).toEqual(board.map((_, i) => i + 1));
    const row = (name: string) => data.find((r) => String(r[1]).includes(name))!;
    // Both dossiers still miss documents; Bắc Bình's also came 3 days late.
    expect(row('Tuy Phong').slice(2)).toEqual(['Thiếu hồ sơ', 1, 0, 0, 0, 1]);
    expect(row('Bắc Bình').slice(2)).toEqual(['Thiếu hồ sơ; nộp muộn (3 ngày)', 1, 0, 1, 3, 1]);
    expect(row('Phú Quý')[2]).toBe('Chưa nộp');
    expect(String(rows.at(-1)?.[0])).toMatch(
      /^Tổng số \d+ đơn vị: Chưa nộp \d+; .*Thiếu hồ sơ 2; Đủ 0\.$/,
    );

    expect(failure(await dispatch('exports.intakeBoard', { movementId: 999 })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('writes the unresolved duplicate pairs with both cases and the evidence', async () => {
    const { dispatch, newDossier, movementId } = await demoApp();
    const a = await newDossier('Tuy Phong');
    const b = await newDossier('Sở Y tế');
    const nurse = (d: DossierDetail, over: Record<string, unknown> = {}) => ({
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
    value(await dispatch('nominations.create', nurse(a)));
    value(await dispatch('nominations.create', nurse(b, { honorific: null })));
    value(
      await dispatch(
        'nominations.create',
        nurse(a, { fullName: 'Trần Văn An', birthDate: '1979-05-01', honorific: 'Ông' }),
      ),
    );
    value(
      await dispatch(
        'nominations.create',
        nurse(b, { fullName: 'Trần Văn An', birthDate: '1979-05-01', honorific: null }),
      ),
    );

    const file = value<{ fileName: string; contentBase64: string }>(
      await dispatch('exports.duplicates', { movementId }),
    );
    expect(file.fileName).toMatch(/^nghi-trung-\d{8}\.xlsx$/);
    const { titles, header, rows } = await rowsOf(file);
    expect(titles[0]).toBe('DANH SÁCH CÁC TRƯỜNG HỢP NGHI TRÙNG');
    expect(header.slice(0, 4)).toEqual(['STT', 'Mức độ', 'Khả năng trùng', 'Trường hợp 1']);
    const data = rows.slice(rows.indexOf(header) + 1, rows.indexOf(header) + 3);
    // Persons by tên: An before Thuỷ.
    expect(data.map((r) => r[3])).toEqual(['Ông Trần Văn An', 'Bà Võ Thị Thu Thuỷ']);
    expect(data[1]![1]).toBe('Lỗi: cùng đợt');
    expect(String(data[1]![4])).toContain('sinh 09/02/1988');
    expect(String(data[1]![5])).toContain('hồ sơ số đến');
    expect(String(data[1]![9])).toContain('Cùng ngày sinh 09/02/1988');
    expect(rows.at(-1)?.[0]).toBe('Tổng số 2 cặp nghi trùng chưa xử lý (2 lỗi cùng đợt).');

    expect(failure(await dispatch('exports.duplicates', { movementId: 999 })).code).toBe(
      'NOT_FOUND',
    );
  });
});
