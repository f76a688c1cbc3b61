import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { AuditPage } from '../../shared/domain/audit';
import { auditChanges, formatAuditTime, vnDayStartUtc } from '../../shared/domain/audit';
import type { DossierDetail } from '../../shared/domain/dossier';
import type { Nomination } from '../../shared/domain/nomination';
import { AgencySettingsInput } from '../../shared/domain/settings';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

const settings = (userName: string) =>
  AgencySettingsInput.parse({
    governingBody: 'UBND tỉnh Bình Thuận',
    issuingBody: 'Sở Nội vụ',
    issuingBodyAbbr: 'SNV',
    placeName: 'Bình Thuận',
    signerOnBehalfOf: '',
    signerDelegation: '',
    signerDelegationOf: '',
    signerTitle: 'Giám đốc',
    signerName: 'Trần Thị Bình',
    userName,
  });

interface LogRow {
  id: number;
  at: string;
  user_name: string;
  entity: string;
  entity_id: string | null;
  action: string;
  before: string | null;
  after: string | null;
}

function setup() {
  const app = testApp();
  const rows = (where = '1 = 1', ...params: unknown[]) =>
    app.db.prepare(`SELECT * FROM audit_log WHERE ${where} ORDER BY id`).all(...params) as LogRow[];
  const maxId = () =>
    (app.db.prepare('SELECT coalesce(max(id), 0) AS m FROM audit_log').get() as { m: number }).m;
  return { ...app, rows, maxId };
}

describe('audit trail (nhật ký thay đổi)', () => {
  it('writes one row per change, in the change’s transaction, with the user from Cài đặt', async () => {
    const { services, db, dispatch, rows, maxId } = setup();
    services.settings.update(settings('Nguyễn Văn Thư'));
    const settingsRow = rows("entity = 'agency_settings'");
    expect(settingsRow).toHaveLength(1);
    expect(settingsRow[0]!.user_name).toBe('Nguyễn Văn Thư');

    let mark = maxId();
    const unit = services.units.create({ name: 'Tỉnh Bình Thuận', kindCode: 'tinh' });
    const created = rows('id > ?', mark);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      user_name: 'Nguyễn Văn Thư',
      entity: 'units',
      entity_id: String(unit.id),
      action: 'insert',
      before: null,
    });
    expect(JSON.parse(created[0]!.after!)).toMatchObject({ name: 'Tỉnh Bình Thuận' });
    expect(created[0]!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    mark = maxId();
    services.units.update({ id: unit.id, name: 'Tỉnh Bình Thuận (mới)', kindCode: 'tinh' });
    const updated = rows('id > ?', mark);
    expect(updated).toHaveLength(1);
    expect(JSON.parse(updated[0]!.before!)).toMatchObject({ name: 'Tỉnh Bình Thuận' });
    expect(JSON.parse(updated[0]!.after!)).toMatchObject({ name: 'Tỉnh Bình Thuận (mới)' });
    const page = value<AuditPage>(await dispatch('audit.list', { entity: 'units' }));
    expect(page.total).toBe(2);
    expect(page.entries.map((e) => e.action)).toEqual(['update', 'insert']);
    expect(auditChanges(page.entries[0]!)).toContain(
      'Tên: Tỉnh Bình Thuận → Tỉnh Bình Thuận (mới)',
    );

    // The next user is recorded from the moment the setting is saved.
    services.settings.update(settings('Lê Thị Hai'));
    mark = maxId();
    services.units.delete(unit.id);
    expect(rows('id > ?', mark)).toMatchObject([
      { user_name: 'Lê Thị Hai', entity: 'units', action: 'delete', after: null },
    ]);

    mark = maxId();
    expect(() =>
      db.transaction(() => {
        services.units.create({ name: 'Huyện Tuy Phong', kindCode: 'huyen' });
        throw new Error('thất bại giữa chừng');
      })(),
    ).toThrow('thất bại giữa chừng');
    expect(rows('id > ?', mark)).toEqual([]);
    expect(
      db.prepare("SELECT count(*) AS c FROM units WHERE name = 'Huyện Tuy Phong'").get(),
    ).toEqual({ c: 0 });

    const byUser = value<AuditPage>(await dispatch('audit.list', { userName: 'Lê Thị Hai' }));
    expect(byUser.total).toBeGreaterThan(0);
    expect(byUser.entries.every((e) => e.userName === 'Lê Thị Hai')).toBe(true);
    expect(byUser.users).toEqual(expect.arrayContaining(['Nguyễn Văn Thư', 'Lê Thị Hai']));
    const deletes = value<AuditPage>(await dispatch('audit.list', { action: 'delete' }));
    expect(deletes.entries.map((e) => e.entity)).toEqual(['units']);
    const byId = value<AuditPage>(
      await dispatch('audit.list', { entity: 'units', entityId: String(unit.id), limit: 1 }),
    );
    expect(byId.total).toBe(3);
    expect(byId.entries).toHaveLength(1);
    const future = value<AuditPage>(await dispatch('audit.list', { dateFrom: '2999-01-01' }));
    expect(future.total).toBe(0);
  });

  it('keeps CCCD out of the log and records only that it changed', async () => {
    const { dispatch, rows, maxId } = setup();
    const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
    const units = value<{ id: number }[]>(await dispatch('units.list', {}));
    const mark = maxId();
    const n = value<Nomination>(
      await dispatch('nominations.create', {
        movementId,
        proposingUnitId: units[0]!.id,
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'ca_nhan',
        fullName: 'Phạm Văn Ba',
        idNumber: '060123456789',
      }),
    );
    value(
      await dispatch('nominations.update', {
        id: n.id,
        movementId,
        proposingUnitId: units[0]!.id,
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'ca_nhan',
        fullName: 'Phạm Văn Ba',
        idNumber: '060987654321',
      }),
    );
    const logged = rows("id > ? AND entity = 'nominations'", mark);
    expect(logged.map((r) => r.action)).toEqual(['insert', 'update']);
    const text = JSON.stringify(rows());
    expect(text).not.toContain('060123456789');
    expect(text).not.toContain('060987654321');
    const after = JSON.parse(logged[1]!.after!) as Record<string, unknown>;
    expect(after['id_number']).toBe('(ẩn)');
    expect(after['id_number_changed']).toBe(true);
    const page = value<AuditPage>(
      await dispatch('audit.list', { entity: 'nominations', action: 'update' }),
    );
    expect(auditChanges(page.entries[0]!)).toContain('Số CCCD: đã thay đổi');
  });

  it('covers every business table: each has its insert, update and delete trigger with all columns', () => {
    const app = testApp();
    const tables = (
      app.db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             AND name NOT LIKE 'nominations_fts%' AND name NOT IN ('schema_migrations', 'audit_log')`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toContain('certificate_layouts');
    const missing: string[] = [];
    for (const table of tables) {
      for (const action of ['insert', 'update', 'delete'] as const) {
        const trigger = app.db
          .prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?")
          .get(`audit_${table}_${action}`) as { sql: string } | undefined;
        if (!trigger) {
          missing.push(`audit_${table}_${action}`);
          continue;
        }
        // A column added by a later migration must be in the logged JSON too (derived keys aside).
        const columns = (app.db.pragma(`table_info(${table})`) as { name: string }[])
          .map((c) => c.name)
          .filter((c) => !/(^|_)(search|sort|name|person)_key$/.test(c));
        for (const column of columns) {
          if (!trigger.sql.includes(`'${column}'`)) missing.push(`${table}.${column} (${action})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('is append-only: UPDATE and DELETE on the log are refused', () => {
    const { services, db, rows } = setup();
    services.units.create({ name: 'Tỉnh Bình Thuận', kindCode: 'tinh' });
    const [row] = rows();
    expect(() =>
      db.prepare("UPDATE audit_log SET user_name = 'x' WHERE id = ?").run(row!.id),
    ).toThrow('Nhật ký thay đổi không được sửa.');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(
      'Nhật ký thay đổi không được xoá.',
    );
    expect(rows()).toEqual([row]);
  });

  it('logs a 1,000-row import as one import batch row, not one row per nomination', async () => {
    const { dispatch, db, rows, maxId } = setup();
    const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
    const units = value<{ id: number }[]>(await dispatch('units.list', {}));
    const d = value<DossierDetail>(
      await dispatch('dossiers.create', {
        receivedDate: '2021-11-25',
        proposingUnitId: units[0]!.id,
        movementId,
        procedure: 'don_gian',
        awardFormCodes: ['bk_chu_tich_tinh'],
      }),
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cá nhân');
    sheet.addRow(['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG']);
    sheet.addRow([
      'STT',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Chức vụ',
      'Đơn vị công tác',
      'Hình thức khen thưởng',
    ]);
    for (let i = 1; i <= 1000; i++) {
      sheet.addRow([
        i,
        `Nguyễn Văn Số ${i}`,
        'Nam',
        `01/01/${1960 + (i % 40)}`,
        'Chuyên viên',
        'Sở Nội vụ',
        'Bằng khen của Chủ tịch UBND tỉnh',
      ]);
    }
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const mark = maxId();
    const done = value<{ imported: number }>(
      await dispatch('imports.commit', { dossierId: d.id, fileName: 'ds.xlsx', contentBase64 }),
    );
    expect(done.imported).toBe(1000);
    expect(
      db.prepare('SELECT count(*) AS c FROM nominations WHERE dossier_id = ?').get(d.id),
    ).toEqual({ c: 1000 });
    expect(rows("id > ? AND entity = 'nominations'", mark)).toEqual([]);
    const batch = rows("id > ? AND entity = 'import_batches'", mark);
    expect(batch).toHaveLength(1);
    expect(JSON.parse(batch[0]!.after!)).toMatchObject({ file_name: 'ds.xlsx', row_count: 1000 });
    expect(rows('id > ?', mark).length).toBeLessThan(20);
  });

  it('exports the filtered log to Excel that reads back', async () => {
    const { services, dispatch } = setup();
    services.settings.update(settings('Nguyễn Văn Thư'));
    services.units.create({ name: 'Tỉnh Bình Thuận', kindCode: 'tinh' });
    const file = value<{ fileName: string; contentBase64: string }>(
      await dispatch('audit.exportExcel', { entity: 'units' }),
    );
    expect(file.fileName).toMatch(/^nhat-ky-thay-doi-\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: string[][] = [];
    sheet.eachRow((row) => {
      cells.push(
        (row.values as (string | number | null | undefined)[]).slice(1).map((v) => String(v ?? '')),
      );
    });
    const text = cells.map((r) => r.join(' | ')).join('\n');
    expect(text).toContain('NHẬT KÝ THAY ĐỔI DỮ LIỆU');
    const data = cells.find((r) => r.includes('Đơn vị'));
    expect(data).toBeDefined();
    expect(data).toEqual(expect.arrayContaining(['Nguyễn Văn Thư', 'Thêm']));
    expect(data!.join(' ')).toContain('Tên: Tỉnh Bình Thuận');
    expect(text).not.toContain('Cài đặt cơ quan');
  });

  it('shows times in Việt Nam time and filters whole Việt Nam days', () => {
    expect(formatAuditTime('2026-03-01T18:05:09.123Z')).toBe('02/03/2026 01:05:09');
    expect(vnDayStartUtc('2026-03-02')).toBe('2026-03-01T17:00:00.000Z');
  });
});
