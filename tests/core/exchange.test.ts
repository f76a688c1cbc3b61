import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { DossierDetail } from '../../shared/domain/dossier';
import type {
  ExchangeExportResult,
  ExchangeImportResult,
  ExchangePreview,
  PackageManifest,
} from '../../shared/domain/exchange';
import type { Nomination } from '../../shared/domain/nomination';
import { canonicalJson, MAGIC, sha256 } from '../../electron/core/exchange/container';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

type App = ReturnType<typeof testApp>;

async function installation(issuingBody: string) {
  const app = testApp();
  const { movementId } = value<{ movementId: number }>(await app.dispatch('demo.load', {}));
  const settings = value<Record<string, unknown>>(await app.dispatch('settings.get', {}));
  const rest = { ...settings };
  delete rest['updatedAt'];
  value(
    await app.dispatch('settings.update', {
      ...rest,
      issuingBody,
      governingBody: 'UBND tỉnh Bình Thuận',
      issuingBodyAbbr: issuingBody === 'UBND huyện Tuy Phong' ? 'UBND-TP' : 'UBND-BT',
    }),
  );
  return { ...app, movementId };
}

const PDF = Buffer.from('%PDF-1.4\n% Tờ trình đề nghị khen thưởng (bản quét)\n%%EOF\n', 'utf8');
const REPORT = randomBytes(50_000);
const MINUTES = Buffer.from('Biên bản họp xét khen thưởng xã Phước Thể', 'utf8');

/** The district (Tuy Phong): two communes' dossiers with lists and attachments. */
async function lowerLevel() {
  const lower = await installation('UBND huyện Tuy Phong');
  const { dispatch, movementId } = lower;
  const commune = async (name: string) =>
    value<{ id: number }>(await dispatch('units.create', { name, kindCode: 'xa' })).id;
  const phuocThe = await commune('UBND xã Phước Thể');
  const vinhHao = await commune('UBND xã Vĩnh Hảo');
  const dossier = async (unitId: number, documentNumber: string) =>
    value<DossierDetail>(
      await dispatch('dossiers.create', {
        receivedDate: '2021-11-25',
        proposingUnitId: unitId,
        documentNumber,
        documentDate: '2021-11-20',
        movementId,
        procedure: 'don_gian',
        awardFormCodes: ['bk_chu_tich_tinh'],
      }),
    );
  const a = await dossier(phuocThe, '12/TTr-UBND');
  const b = await dossier(vinhHao, '07/TTr-UBND');
  const person = (d: DossierDetail, over: Record<string, unknown>) => ({
    movementId,
    proposingUnitId: d.proposingUnitId,
    dossierId: d.id,
    awardFormCode: 'bk_chu_tich_tinh',
    subjectType: 'ca_nhan',
    ...over,
  });
  value(
    await dispatch(
      'nominations.create',
      person(a, {
        honorific: 'Bà',
        fullName: 'Võ Thị Thu Thuỷ',
        gender: 'nu',
        birthDate: '1988-02-09',
        position: 'Trạm trưởng Trạm Y tế',
        workplace: 'Trạm Y tế xã Phước Thể',
        achievement: 'Tham gia phòng, chống dịch Covid-19',
        idNumber: '060188001234',
      }),
    ),
  );
  value(
    await dispatch(
      'nominations.create',
      person(a, {
        honorific: 'Ông',
        fullName: 'Nguyễn Văn Ẩn',
        gender: 'nam',
        birthYear: 1975,
        position: 'Trưởng Công an xã',
        workplace: 'Công an xã Phước Thể',
      }),
    ),
  );
  value(
    await dispatch(
      'nominations.create',
      person(b, {
        subjectType: 'tap_the',
        fullName: 'Trạm Y tế xã Vĩnh Hảo',
        workplace: 'UBND xã Vĩnh Hảo',
      }),
    ),
  );
  const attach = async (d: DossierDetail, fileName: string, content: Buffer) =>
    value<DossierDetail>(
      await dispatch('dossiers.attachFile', {
        dossierId: d.id,
        fileName,
        contentBase64: content.toString('base64'),
      }),
    );
  await attach(a, 'to-trinh-12.pdf', PDF);
  await attach(a, 'bao-cao-thanh-tich.docx', REPORT);
  await attach(b, 'bien-ban.txt', MINUTES);
  // Dossier A is ready to go up (Hợp lệ); B is still being checked.
  const detailA = value<DossierDetail>(await dispatch('dossiers.get', { id: a.id }));
  for (const item of detailA.checklist.filter((c) => c.mandatory)) {
    value(await dispatch('dossiers.setChecklistItem', { id: item.id, state: 'da_nhan' }));
  }
  value(await dispatch('dossiers.setStatus', { id: a.id, status: 'hop_le', date: '2021-11-26' }));
  return { ...lower, a, b };
}

async function exportPackage(app: App & { movementId: number }, over: Record<string, unknown>) {
  const result = value<ExchangeExportResult>(
    await app.dispatch('exchange.exportMovement', {
      movementId: app.movementId,
      recipient: 'UBND tỉnh Bình Thuận',
      ...over,
    }),
  );
  return { ...result, bytes: Buffer.from(result.contentBase64, 'base64') };
}

const send = (bytes: Buffer, over: Record<string, unknown> = {}) => ({
  fileName: 'goi-tuy-phong.tdkt',
  contentBase64: bytes.toString('base64'),
  ...over,
});

/** What the upper level holds: a count per table, to prove a refusal wrote nothing. */
function counts(app: App) {
  const one = (sql: string) => (app.db.prepare(sql).get() as { c: number }).c;
  return {
    dossiers: one('SELECT COUNT(*) AS c FROM dossiers'),
    nominations: one('SELECT COUNT(*) AS c FROM nominations'),
    files: one('SELECT COUNT(*) AS c FROM dossier_files'),
    batches: one('SELECT COUNT(*) AS c FROM import_batches'),
  };
}

/** Splits a package into its parts (layout in electron/core/exchange/README.md). */
function parts(bytes: Buffer) {
  const length = bytes.readUInt32BE(8);
  const manifest = JSON.parse(bytes.subarray(12, 12 + length).toString('utf8')) as PackageManifest;
  const compressed = bytes.subarray(12 + length, bytes.length - 32);
  return { manifest, compressed };
}

/** Reassembles a package with a valid envelope (trailer and payload sums recomputed). */
function assemble(manifest: PackageManifest, compressed: Buffer, payloadSize?: number): Buffer {
  const full: PackageManifest = {
    ...manifest,
    payload: {
      ...manifest.payload,
      ...(payloadSize !== undefined ? { size: payloadSize } : {}),
      compressedSize: compressed.length,
      compressedSha256: sha256(compressed),
    },
  };
  const m = Buffer.from(canonicalJson(full), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(m.length);
  const body = Buffer.concat([MAGIC, length, m, compressed]);
  return Buffer.concat([body, Buffer.from(sha256(body), 'hex')]);
}

describe('exchange between levels (two data folders, real SQLite files)', () => {
  it('exports the ready dossiers of a movement and imports them above as incoming dossiers', async () => {
    const lower = await lowerLevel();
    const upper = await installation('UBND tỉnh Bình Thuận');
    expect(lower.dataDir).not.toBe(upper.dataDir);

    // Default choice: only dossiers Hợp lệ / Trình Hội đồng (A), without CCCD.
    const pkg = await exportPackage(lower, {
      documentNumber: '88/TTr-UBND',
      documentDate: '2021-11-28',
    });
    expect(pkg.fileName).toMatch(/^goi-ho-so-ubnd-tp-\d{4}-\d{2}-\d{2}\.tdkt$/);
    expect([pkg.dossierCount, pkg.nominationCount, pkg.fileCount]).toEqual([1, 2, 2]);
    expect(pkg.bytes.subarray(0, 8).toString('ascii')).toBe('TDKTGOI1');
    expect(pkg.bytes.toString('latin1')).not.toContain('060188001234');

    const preview = value<ExchangePreview>(
      await upper.dispatch('exchange.previewPackage', send(pkg.bytes)),
    );
    const tuyPhong = value<{ id: number; name: string }[]>(
      await upper.dispatch('units.list', {}),
    ).find((u) => u.name === 'UBND huyện Tuy Phong')!;
    expect(preview).toMatchObject({
      sender: { issuingBody: 'UBND huyện Tuy Phong' },
      recipient: 'UBND tỉnh Bình Thuận',
      recipientMatches: true,
      dossierCount: 1,
      nominationCount: 2,
      fileCount: 2,
      movementId: upper.movementId,
      proposingUnitId: tuyPhong.id,
      canImport: true,
      includesIdNumber: false,
    });
    expect(preview.packageId).toBe(pkg.packageId);
    expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(counts(upper).dossiers).toBe(0);

    const imported = value<ExchangeImportResult>(
      await upper.dispatch(
        'exchange.importPackage',
        send(pkg.bytes, { movementId: upper.movementId, proposingUnitId: tuyPhong.id }),
      ),
    );
    expect(imported.dossierIds).toHaveLength(1);
    const incoming = value<DossierDetail>(
      await upper.dispatch('dossiers.get', { id: imported.dossierIds[0]! }),
    );
    expect(incoming).toMatchObject({
      status: 'da_nhan',
      proposingUnitId: tuyPhong.id,
      movementId: upper.movementId,
      documentNumber: '88/TTr-UBND',
      documentDate: '2021-11-28',
      procedure: 'don_gian',
      awardFormCodes: ['bk_chu_tich_tinh'],
      nominationCount: 2,
      fileCount: 2,
    });
    expect(incoming.receivedDate).toBe(new Date().toLocaleDateString('sv-SE'));
    expect(incoming.note).toContain('UBND xã Phước Thể');
    expect(incoming.checklist.find((c) => c.docType === 'file_dien_tu')?.state).toBe('da_nhan');

    // Attachments: same names and hashes as at the sender, and the stored bytes read back equal.
    const sent = value<DossierDetail>(await lower.dispatch('dossiers.get', { id: lower.a.id }));
    expect(incoming.files.map((f) => [f.fileName, f.sha256, f.size])).toEqual(
      sent.files.map((f) => [f.fileName, f.sha256, f.size]),
    );
    for (const [i, original] of [PDF, REPORT].entries()) {
      const file = value<{ contentBase64: string }>(
        await upper.dispatch('dossiers.fileContent', { fileId: incoming.files[i]!.id }),
      );
      expect(Buffer.from(file.contentBase64, 'base64').equals(original)).toBe(true);
    }

    // Nominations: every field as sent, the sender as proposing unit, no CCCD.
    const fields = (n: Nomination) => ({
      honorific: n.honorific,
      fullName: n.fullName,
      gender: n.gender,
      birthDate: n.birthDate,
      birthYear: n.birthYear,
      position: n.position,
      workplace: n.workplace,
      achievement: n.achievement,
      awardFormCode: n.awardFormCode,
      subjectType: n.subjectType,
    });
    const before = value<Nomination[]>(
      await lower.dispatch('nominations.list', { dossierId: lower.a.id }),
    );
    const after = value<Nomination[]>(
      await upper.dispatch('nominations.list', { dossierId: incoming.id, withIdNumber: true }),
    );
    expect(after.map(fields)).toEqual(before.map(fields));
    expect(after.map((n) => n.fullName)).toEqual(['Nguyễn Văn Ẩn', 'Võ Thị Thu Thuỷ']);
    expect(after.every((n) => n.proposingUnitName === 'UBND huyện Tuy Phong')).toBe(true);
    expect(after.every((n) => n.idNumber === null)).toBe(true);
    expect(after[0]!.source).toContain('UBND xã Phước Thể');

    // The same package twice: refused, nothing written.
    const snapshot = counts(upper);
    const again = value<ExchangePreview>(
      await upper.dispatch('exchange.previewPackage', send(pkg.bytes)),
    );
    expect(again.canImport).toBe(false);
    expect(again.issues.map((i) => i.message).join(' ')).toContain('đã được nhận lúc');
    const refused = failure(
      await upper.dispatch(
        'exchange.importPackage',
        send(pkg.bytes, { movementId: upper.movementId, proposingUnitId: tuyPhong.id }),
      ),
    );
    expect(refused.message).toContain('đã được nhận lúc');
    expect(counts(upper)).toEqual(snapshot);
  });

  it('carries CCCD only when asked, and chosen dossiers whatever their status', async () => {
    const lower = await lowerLevel();
    const upper = await installation('UBND tỉnh Bình Thuận');
    const pkg = await exportPackage(lower, {
      dossierIds: [lower.a.id, lower.b.id],
      includeIdNumber: true,
    });
    expect([pkg.dossierCount, pkg.nominationCount, pkg.fileCount]).toEqual([2, 3, 3]);
    const preview = value<ExchangePreview>(
      await upper.dispatch('exchange.previewPackage', send(pkg.bytes)),
    );
    expect(preview.includesIdNumber).toBe(true);
    const imported = value<ExchangeImportResult>(
      await upper.dispatch(
        'exchange.importPackage',
        send(pkg.bytes, {
          movementId: preview.movementId,
          proposingUnitId: preview.proposingUnitId,
        }),
      ),
    );
    expect(imported).toMatchObject({ nominationCount: 3, fileCount: 3 });
    const people = value<Nomination[]>(
      await upper.dispatch('nominations.list', {
        movementId: upper.movementId,
        withIdNumber: true,
      }),
    );
    expect(people.find((n) => n.fullName === 'Võ Thị Thu Thuỷ')?.idNumber).toBe('060188001234');
    const numbers = imported.dossierIds.map(
      (id) =>
        (
          upper.db.prepare('SELECT incoming_number AS n FROM dossiers WHERE id = ?').get(id) as {
            n: number;
          }
        ).n,
    );
    expect(numbers).toEqual([1, 2]);
  });

  it('refuses a package changed after export, naming the changed part, and writes nothing', async () => {
    const lower = await lowerLevel();
    const upper = await installation('UBND tỉnh Bình Thuận');
    const pkg = await exportPackage(lower, {});
    const snapshot = counts(upper);
    const tryImport = async (bytes: Buffer) =>
      failure(
        await upper.dispatch(
          'exchange.importPackage',
          send(bytes, { movementId: upper.movementId, proposingUnitId: 3 }),
        ),
      );

    // One byte flipped, at several places (manifest, compressed payload, trailer).
    const { manifest, compressed } = parts(pkg.bytes);
    const manifestEnd = 12 + pkg.bytes.readUInt32BE(8);
    for (const at of [
      20,
      manifestEnd + 100,
      Math.floor(pkg.bytes.length / 2),
      pkg.bytes.length - 1,
    ]) {
      const flipped = Buffer.from(pkg.bytes);
      flipped[at] = flipped[at]! ^ 0x01;
      const error = await tryImport(flipped);
      expect(error.message).toMatch(
        /^Gói hồ sơ đã bị thay đổi sau khi xuất \(tệp “goi-tuy-phong\.tdkt”.*\): không nhận\.$/,
      );
    }

    // A name edited in the payload, nothing recomputed: the envelope check catches it.
    const payload = gunzipSync(compressed).toString('utf8');
    expect(payload).toContain('Võ Thị Thu Thuỷ');
    const edited = gzipSync(Buffer.from(payload.replace('Võ Thị Thu Thuỷ', 'Võ Thị Thu Thủy')));
    const naive = Buffer.concat([
      pkg.bytes.subarray(0, manifestEnd),
      edited,
      pkg.bytes.subarray(-32),
    ]);
    expect((await tryImport(naive)).message).toContain('đã bị thay đổi sau khi xuất');

    // The same edit with the envelope and payload sums recomputed: the per-part sum still catches it.
    const forged = assemble(
      { ...manifest, payload: { ...manifest.payload, sha256: sha256(gunzipSync(edited)) } },
      edited,
      gunzipSync(edited).length,
    );
    const error = await tryImport(forged);
    expect(error.message).toContain('đã bị thay đổi sau khi xuất');
    expect(error.message).toContain('danh sách đề nghị của hồ sơ');
    const preview = failure(await upper.dispatch('exchange.previewPackage', send(forged)));
    expect(preview.message).toContain('danh sách đề nghị của hồ sơ');

    expect(counts(upper)).toEqual(snapshot);
  });

  it('refuses foreign files: random bytes, a gzip of other JSON, an Excel workbook', async () => {
    const upper = await installation('UBND tỉnh Bình Thuận');
    const snapshot = counts(upper);
    const xlsx = readFileSync(path.join(__dirname, '../fixtures/candidate-lists/01-template.xlsx'));
    const otherJson = gzipSync(
      Buffer.from(JSON.stringify({ manifest: { format: 'khac' }, payload: { a: 1 } })),
    );
    for (const bytes of [randomBytes(4096), otherJson, xlsx, Buffer.from('TDKTGOI1')]) {
      const error = failure(await upper.dispatch('exchange.previewPackage', send(bytes)));
      expect(error.message).toContain('không phải gói hồ sơ TĐKT Desk');
    }
    expect(
      failure(
        await upper.dispatch(
          'exchange.importPackage',
          send(xlsx, { movementId: upper.movementId, proposingUnitId: 1 }),
        ),
      ).message,
    ).toContain('tệp nén ZIP hoặc Excel');
    expect(counts(upper)).toEqual(snapshot);
  });

  it('asks for an explicit confirmation when the package is addressed to another agency', async () => {
    const lower = await lowerLevel();
    const upper = await installation('UBND tỉnh Bình Thuận');
    const pkg = await exportPackage(lower, { recipient: 'UBND tỉnh Ninh Thuận' });
    const preview = value<ExchangePreview>(
      await upper.dispatch('exchange.previewPackage', send(pkg.bytes)),
    );
    expect(preview.recipientMatches).toBe(false);
    expect(preview.issues.map((i) => i.message).join(' ')).toContain('UBND tỉnh Ninh Thuận');
    const mapping = { movementId: upper.movementId, proposingUnitId: preview.proposingUnitId };
    const refused = failure(
      await upper.dispatch('exchange.importPackage', send(pkg.bytes, mapping)),
    );
    expect(refused.message).toContain('không phải cơ quan này');
    expect(counts(upper).dossiers).toBe(0);
    value(
      await upper.dispatch(
        'exchange.importPackage',
        send(pkg.bytes, { ...mapping, acceptRecipientMismatch: true }),
      ),
    );
    expect(counts(upper).dossiers).toBe(1);
  });

  it('maps names ignoring case, diacritics and "UBND", and lets the user pick otherwise', async () => {
    const lower = await lowerLevel();
    const upper = await installation('UBND tỉnh Bình Thuận');
    const rename = (sql: string) => upper.db.prepare(sql).run();
    // "Ủy ban nhân dân huyện Tuy Phong" is the same unit as "UBND huyện Tuy Phong".
    rename(
      "UPDATE units SET name = 'ỦY BAN NHÂN DÂN HUYỆN TUY PHONG' WHERE name = 'UBND huyện Tuy Phong'",
    );
    const pkg = await exportPackage(lower, {});
    const exact = value<ExchangePreview>(
      await upper.dispatch('exchange.previewPackage', send(pkg.bytes)),
    );
    expect(exact.unitCandidates.map((c) => [c.name, c.exact])).toEqual([
      ['ỦY BAN NHÂN DÂN HUYỆN TUY PHONG', true],
    ]);
    expect(exact.proposingUnitId).toBe(exact.unitCandidates[0]!.id);

    // Only a similar name, and a movement titled differently: the user must choose both.
    rename(
      "UPDATE units SET name = 'Huyện Tuy Phong cũ' WHERE name = 'ỦY BAN NHÂN DÂN HUYỆN TUY PHONG'",
    );
    rename(`UPDATE movements SET title = 'Kế hoạch khác' WHERE id = ${upper.movementId}`);
    const preview = value<ExchangePreview>(
      await upper.dispatch('exchange.previewPackage', send(pkg.bytes)),
    );
    expect([preview.movementId, preview.proposingUnitId, preview.canImport]).toEqual([
      null,
      null,
      false,
    ]);
    expect(preview.unitCandidates.map((c) => [c.name, c.exact])).toEqual([
      ['Huyện Tuy Phong cũ', false],
    ]);
    const messages = preview.issues.map((i) => i.message).join(' ');
    expect(messages).toContain('Không tìm thấy phong trào');
    expect(messages).toContain('Không tìm thấy đơn vị “UBND huyện Tuy Phong”');
    const chosen = value<ExchangePreview>(
      await upper.dispatch(
        'exchange.previewPackage',
        send(pkg.bytes, {
          movementId: upper.movementId,
          proposingUnitId: preview.unitCandidates[0]!.id,
        }),
      ),
    );
    expect(chosen.canImport).toBe(true);
  });

  it('writes all or nothing: a failure in the middle of the import leaves no dossier', async () => {
    const lower = await lowerLevel();
    const upper = await installation('UBND tỉnh Bình Thuận');
    const pkg = await exportPackage(lower, { dossierIds: [lower.a.id, lower.b.id] });
    const snapshot = counts(upper);
    // The second dossier's nomination fails at the database, after the first dossier was written.
    upper.db
      .prepare(
        `CREATE TEMP TRIGGER fail_once BEFORE INSERT ON nominations
         WHEN NEW.full_name = 'Trạm Y tế xã Vĩnh Hảo' BEGIN SELECT RAISE(ABORT, 'hỏng giữa chừng'); END`,
      )
      .run();
    const preview = value<ExchangePreview>(
      await upper.dispatch('exchange.previewPackage', send(pkg.bytes)),
    );
    const mapping = { movementId: preview.movementId, proposingUnitId: preview.proposingUnitId };
    failure(await upper.dispatch('exchange.importPackage', send(pkg.bytes, mapping)));
    expect(counts(upper)).toEqual(snapshot);
    upper.db.prepare('DROP TRIGGER temp.fail_once').run();
    const imported = value<ExchangeImportResult>(
      await upper.dispatch('exchange.importPackage', send(pkg.bytes, mapping)),
    );
    expect(imported.dossierIds).toHaveLength(2);
    expect(counts(upper).nominations).toBe(snapshot.nominations + 3);
  });

  it('refuses a gzip bomb within bounded time and memory', async () => {
    const lower = await lowerLevel();
    const upper = await installation('UBND tỉnh Bình Thuận');
    const pkg = await exportPackage(lower, {});
    const { manifest } = parts(pkg.bytes);
    // 64 gzip members of 16 MiB of zeros: about 1 GiB once inflated, about 1 MB on disk.
    const member = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 64 }, () => member));
    expect(bomb.length).toBeLessThan(2_000_000);
    const snapshot = counts(upper);

    const lying = assemble(manifest, bomb); // declares the real payload's small size
    const honest = assemble(manifest, bomb, 1024 * 1024 * 1024); // declares 1 GiB
    for (const [bytes, expected] of [
      [lying, 'giải nén ra nhiều hơn kích thước khai báo'],
      [honest, 'quá giới hạn 200 MB'],
    ] as const) {
      const started = performance.now();
      const memory = process.memoryUsage();
      const error = failure(await upper.dispatch('exchange.previewPackage', send(bytes)));
      const grown = process.memoryUsage().arrayBuffers - memory.arrayBuffers;
      expect(error.message).toContain(expected);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(grown).toBeLessThan(100 * 1024 * 1024);
    }
    expect(counts(upper)).toEqual(snapshot);
  });
});
