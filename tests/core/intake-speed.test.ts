/**
 * What the intake speed-ups (migration 0008) must keep: an imported batch is in the search index
 * exactly once and stays in step through edits and deletes, a failed import leaves neither rows nor
 * index entries, single inserts are still indexed by their trigger, and the list order is the same
 * whichever plan (sort index walk or sorted matches) answers a search.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AppInstance } from '../../electron/api/app';
import * as repo from '../../electron/core/nominations/nominations.repo';
import { nominationKeys } from '../../electron/core/nominations/nominations.service';
import { NominationInput } from '../../shared/domain/nomination';
import { testApp } from '../helpers/app';

const BK = 'Bằng khen của Chủ tịch UBND tỉnh';

async function listFile(names: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cá nhân');
  sheet.addRow(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Đơn vị công tác', 'Hình thức']);
  names.forEach((name, i) =>
    sheet.addRow([i + 1, name, i % 2 ? 'Nữ' : 'Nam', `0${(i % 9) + 1}/03/1985`, 'Công an xã', BK]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function setup() {
  const app = testApp();
  const { movementId } = app.services.demo.load();
  const unitId = app.services.units.list({}).find((u) => u.name.includes('Tuy Phong'))!.id;
  const dossier = app.services.dossiers.create({
    receivedDate: '2021-11-25',
    proposingUnitId: unitId,
    documentNumber: null,
    documentDate: null,
    movementId,
    periodCode: null,
    procedure: 'don_gian',
    awardFormCodes: ['bk_chu_tich_tinh'],
    note: null,
  });
  return { app, movementId, unitId, dossierId: dossier.id };
}

/** FTS5's own check of an external-content index against its table (throws when out of step). */
function ftsIntegrity(app: AppInstance): void {
  app.db
    .prepare("INSERT INTO nominations_fts (nominations_fts, rank) VALUES ('integrity-check', 1)")
    .run();
}

const ids = (app: AppInstance, query: string, limit?: number) =>
  app.services.nominations
    .list({ query, withIdNumber: false, ...(limit ? { limit } : {}) })
    .map((n) => n.id);

describe('intake speed-ups keep search and import behaviour', () => {
  it('indexes an imported batch once, in step through update and delete', async () => {
    const { app, dossierId } = setup();
    const names = ['Nguyễn Văn Ánh', 'Đặng Thị Đào', 'Trần Hữu Dũng', 'Lê Văn Đạt'];
    const file = await listFile(names);
    const result = await app.services.imports.commit({
      dossierId,
      fileName: 'a.xlsx',
      content: file,
    });
    expect(result.imported).toBe(4);
    ftsIntegrity(app);
    const indexed = app.db
      .prepare(
        'SELECT COUNT(*) AS c FROM nominations_fts WHERE nominations_fts MATCH ? AND rowid IN (SELECT id FROM nominations WHERE import_batch_id = ?)',
      )
      .get('"cong"*', result.batchId) as { c: number };
    expect(indexed.c).toBe(4);
    expect(ids(app, 'dang thi dao')).toHaveLength(1);
    expect(ids(app, 'Đạt')).toHaveLength(1);

    const dao = app.services.nominations.list({ query: 'dao', withIdNumber: false })[0]!;
    const rest = app.services.nominations.get(dao.id, true);
    app.services.nominations.update(dao.id, {
      movementId: rest.movementId,
      periodCode: rest.periodCode,
      proposingUnitId: rest.proposingUnitId,
      dossierId: rest.dossierId,
      workplaceUnitId: rest.workplaceUnitId,
      awardFormCode: rest.awardFormCode,
      subjectType: rest.subjectType,
      honorific: rest.honorific,
      fullName: 'Đặng Thị Đông',
      gender: rest.gender,
      birthDate: rest.birthDate,
      birthYear: rest.birthYear,
      ethnicity: rest.ethnicity,
      position: rest.position,
      workplace: rest.workplace,
      isLeader: rest.isLeader,
      isEnterprise: rest.isEnterprise,
      posthumous: rest.posthumous,
      achievement: rest.achievement,
      idNumber: rest.idNumber,
      note: rest.note,
    });
    expect(ids(app, 'dao')).toEqual([]);
    expect(ids(app, 'dong')).toEqual([dao.id]);
    app.services.nominations.delete(dao.id);
    expect(ids(app, 'dong')).toEqual([]);
    ftsIntegrity(app);
  });

  it('a failed import leaves no rows and no index entries', async () => {
    const { app, dossierId } = setup();
    const content = await listFile(['Phạm Văn Bảo']);
    await app.services.imports.commit({ dossierId, fileName: 'a.xlsx', content });
    // The same file again is refused whole: nothing of it may reach the table or the index.
    await expect(
      app.services.imports.commit({ dossierId, fileName: 'a.xlsx', content }),
    ).rejects.toThrow(/lỗi/);
    expect(ids(app, 'pham van bao')).toHaveLength(1);
    ftsIntegrity(app);
  });

  it('a bulk import sets aside only the triggers that skip batch rows, and puts them back', async () => {
    const { app, dossierId, movementId, unitId } = setup();
    const triggers = () =>
      app.db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        .all();
    const before = triggers();
    expect(
      repo
        .batchSkippingTriggers(app.db)
        .map((t) => t.name)
        .sort(),
    ).toEqual(['audit_nominations_insert', 'nominations_fts_insert']);
    const many = Array.from({ length: 600 }, (_, i) => `Hoàng Văn Bảy ${i + 1}`);
    const auditBefore = app.db.prepare('SELECT count(*) AS c FROM audit_log').get() as {
      c: number;
    };
    const result = await app.services.imports.commit({
      dossierId,
      fileName: 'lon.xlsx',
      content: await listFile(many),
    });
    expect(result.imported).toBe(600);
    expect(triggers()).toEqual(before);
    expect(ids(app, 'hoang van bay 599')).toHaveLength(1);
    ftsIntegrity(app);
    // Imported rows are logged once, by their batch (dossier and checklist updates add their own).
    const logged = app.db
      .prepare("SELECT count(*) AS c FROM audit_log WHERE entity = 'nominations' AND id > ?")
      .get(auditBefore.c) as { c: number };
    expect(logged.c).toBe(0);
    // The triggers work again at once: a single insert is indexed and audited.
    const n = NominationInput.parse({
      movementId,
      proposingUnitId: unitId,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'ca_nhan',
      fullName: 'Lò Thị Chín',
    });
    const id = repo.insertNomination(app.db, n, nominationKeys(n), 'now');
    expect(ids(app, 'lo thi chin')).toEqual([id]);
    expect(
      app.db
        .prepare(
          "SELECT count(*) AS c FROM audit_log WHERE entity = 'nominations' AND entity_id = ?",
        )
        .get(String(id)),
    ).toEqual({ c: 1 });
  });

  it('a bulk insert that fails half-way leaves the triggers in place', () => {
    const { app, movementId, unitId } = setup();
    const before = repo.batchSkippingTriggers(app.db);
    const good = NominationInput.parse({
      movementId,
      proposingUnitId: unitId,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'ca_nhan',
      fullName: 'Mai Văn Tám',
    });
    const rows = Array.from({ length: 600 }, (_, i) => {
      // Row 300 names a form the catalogue lacks: the foreign key refuses it.
      const n = {
        ...good,
        fullName: `Mai Văn Tám ${i}`,
        awardFormCode: i === 300 ? 'khong_co' : good.awardFormCode,
      };
      return { n, keys: nominationKeys(n), source: `dòng ${i}` };
    });
    const count = () =>
      (app.db.prepare('SELECT count(*) AS c FROM nominations').get() as { c: number }).c;
    const rowsBefore = count();
    expect(() =>
      app.db.transaction(() => {
        const batchId = repo.insertImportBatch(app.db, {
          dossierId: null,
          fileName: 'x.xlsx',
          sha256: 'x',
          rowCount: rows.length,
          now: 'now',
        });
        repo.insertImportedNominations(app.db, batchId, rows, 'now');
      })(),
    ).toThrow();
    expect(count()).toBe(rowsBefore);
    expect(repo.batchSkippingTriggers(app.db)).toEqual(before);
  });

  it('still indexes single inserts through the trigger', () => {
    const { app, movementId, unitId } = setup();
    const n = NominationInput.parse({
      movementId,
      proposingUnitId: unitId,
      awardFormCode: 'bk_chu_tich_tinh',
      subjectType: 'ca_nhan',
      fullName: 'Võ Thị Sáu',
    });
    const id = repo.insertNomination(app.db, n, nominationKeys(n), 'now');
    expect(ids(app, 'vo thi sau')).toEqual([id]);
    ftsIntegrity(app);
  });

  it('orders search results the same whichever plan answers', () => {
    const { app, movementId, unitId } = setup();
    const given = ['An', 'Bình', 'Hùng', 'Yến', 'Ánh'];
    app.db.transaction(() => {
      for (let i = 0; i < 10_400; i++) {
        const n = NominationInput.parse({
          movementId,
          proposingUnitId: unitId,
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: 'ca_nhan',
          fullName: `${i % 3 ? 'Nguyễn' : 'Trần'} Văn ${given[i % given.length]}`,
          workplace: i % 2 ? 'Công an xã' : 'Trạm Y tế',
        });
        repo.insertNomination(app.db, n, nominationKeys(n), 'now');
      }
    })();
    // "van" matches more than the walk threshold, "tran yen" fewer: both against a full sort.
    for (const query of ['van', 'tran yen', 'nguyen an', 'cong an']) {
      const all = ids(app, query);
      expect(all.length).toBeGreaterThan(200);
      expect(ids(app, query, 200), query).toEqual(all.slice(0, 200));
    }
  });
});
