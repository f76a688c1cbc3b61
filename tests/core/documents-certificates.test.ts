import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { CertificateLayoutEntry } from '../../shared/contract/documents';
import {
  CERTIFICATE_FIELD_LABELS,
  CERTIFICATE_FIELDS,
  DEFAULT_CERTIFICATE_LAYOUTS,
  type CertificateLayout,
} from '../../shared/domain/certificate';
import type { IssuedDocument, IssuedDocumentDetail } from '../../shared/domain/document';
import type { Nomination } from '../../shared/domain/nomination';
import { binhThuanAgency } from '../helpers/agency';
import { testApp } from '../helpers/app';
import { pagePng } from '../helpers/pdf-tools';
import { tempDir } from '../helpers/temp-dir';

const OUT_DIR = path.resolve('test-results/documents');
const PT = 72 / 25.4;

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

const SETTINGS = binhThuanAgency();

const LONG_NAME =
  'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bình Thuận cùng các đội chữa cháy trực thuộc khu vực phía Nam';

const PEOPLE = [
  {
    fullName: 'Trần Thị Ánh',
    gender: 'nu',
    position: 'Giáo viên',
    workplace: 'Trường THPT Phan Bội Châu',
  },
  {
    fullName: 'Lê Văn Đức',
    gender: 'nam',
    position: 'Bác sĩ',
    workplace: 'Bệnh viện Đa khoa tỉnh',
  },
  { fullName: 'Nguyễn Thị Ấu', gender: 'nu', position: 'Kế toán', workplace: 'Sở Tài chính' },
];

/** An issued Quyết định (Bằng khen tỉnh) for three people and a collective with a very long name. */
async function issuedDecision() {
  const app = testApp(() => new Date('2026-11-23T08:00:00Z'));
  const { dispatch } = app;
  const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
  value(await dispatch('settings.update', SETTINGS));
  const units = value<{ id: number }[]>(await dispatch('units.list', {}));
  const ids: number[] = [];
  for (const input of [
    ...PEOPLE.map((p) => ({ ...p, subjectType: 'ca_nhan' })),
    { fullName: LONG_NAME, subjectType: 'tap_the' },
  ]) {
    const n = value<Nomination>(
      await dispatch('nominations.create', {
        movementId,
        proposingUnitId: units[0]!.id,
        awardFormCode: 'bk_chu_tich_tinh',
        ...input,
      }),
    );
    ids.push(n.id);
  }
  const doc = value<IssuedDocument>(
    await dispatch('documents.issueDecision', {
      movementId,
      nominationIds: ids,
      number: 7,
      date: '2026-11-20',
      achievement: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
    }),
  );
  return { ...app, doc };
}

const writePdf = (r: Result<unknown>, name: string) => {
  const file = value<{ fileName: string; contentBase64: string }>(r);
  const out = path.join(tempDir(), name);
  fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.copyFileSync(out, path.join(OUT_DIR, `certificates-${name}`));
  return { out, fileName: file.fileName };
};

interface Line {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every text line of the PDF with its box in mm, from `pdftotext -bbox-layout`. */
function lines(file: string): { pages: { w: number; h: number }[]; lines: Line[] } {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  const pages: { w: number; h: number }[] = [];
  const out: Line[] = [];
  const pageParts = xml.split('<page ').slice(1);
  pageParts.forEach((part, i) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(part)!;
    pages.push({ w: Number(size[1]) / PT, h: Number(size[2]) / PT });
    for (const m of part.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]);
      out.push({
        page: i + 1,
        text: words.join(' ').normalize('NFC'),
        xMin: Number(m[1]) / PT,
        yMin: Number(m[2]) / PT,
        xMax: Number(m[3]) / PT,
        yMax: Number(m[4]) / PT,
      });
    }
  });
  return { pages, lines: out };
}

const png = (file: string, name: string) => {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  pagePng(file, path.join(OUT_DIR, name), 1, 40);
  expect(fs.statSync(path.join(OUT_DIR, `${name}.png`)).size).toBeGreaterThan(1000);
};

describe('certificates on pre-printed blanks', () => {
  it('prints one page per awardee at the default Bằng khen positions, A3 landscape, font embedded', async () => {
    const { dispatch, doc } = await issuedDecision();
    const { out, fileName } = writePdf(
      await dispatch('documents.certificatesPdf', { id: doc.id }),
      'bk.pdf',
    );
    expect(fileName).toBe('Bang-khen-07-QD-UBND-2026-11-20.pdf');
    png(out, 'certificates-bang-khen');
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+4\b/);
    expect(info).toMatch(/Page size:\s+1190\.\d+ x 841\.\d+ pts/);
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/LiberationSerif\S*\s+CID TrueType\s+Identity-H\s+yes yes/);

    const layout = DEFAULT_CERTIFICATE_LAYOUTS.bang_khen;
    const { pages, lines: all } = lines(out);
    expect(pages).toHaveLength(4);
    // Pages follow the attached list, the order of the register's awardees.
    const detail = value<IssuedDocumentDetail>(await dispatch('documents.get', { id: doc.id }));
    const names = detail.awardees.map((a) => a.printedName);
    expect(names).toHaveLength(4);
    names.forEach((name, i) => {
      const onPage = all.filter((l) => l.page === i + 1);
      if (name === LONG_NAME) return;
      const line = onPage.find((l) => l.text === name);
      expect(line, `${name} on page ${i + 1}`).toBeDefined();
      // Other pages do not carry this name.
      expect(all.filter((l) => l.text === name)).toHaveLength(1);
      const box = layout.fields.recipient;
      // Centred in its box: the middle of the line is the middle of the box.
      expect(Math.abs((line!.xMin + line!.xMax) / 2 - (box.x + box.width / 2))).toBeLessThan(1);
      expect(Math.abs(line!.yMin - box.y)).toBeLessThan(1);
      const texts = onPage.map((l) => l.text);
      expect(texts).toContain('Quyết định số 07/QĐ-UBND ngày 20 tháng 11 năm 2026');
      expect(texts).toContain('Phan Thiết, ngày 20 tháng 11 năm 2026');
      expect(texts).toContain('KT. CHỦ TỊCH');
      expect(texts).toContain('PHÓ CHỦ TỊCH');
      expect(texts).toContain('Nguyễn Hồng Hải');
      expect(texts.join(' ')).toContain(
        'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
      );
    });
    const duc = names.indexOf('Ông Lê Văn Đức') + 1;
    expect(all.filter((l) => l.page === duc).map((l) => l.text)).toContain(
      'Bác sĩ, Bệnh viện Đa khoa tỉnh',
    );

    // The long collective name is shrunk onto one line inside its box.
    const box = layout.fields.recipient;
    const longPage = names.indexOf(LONG_NAME) + 1;
    expect(longPage).toBeGreaterThan(0);
    const long = all.filter(
      (l) => l.page === longPage && l.yMin < box.y + 15 && l.yMin > box.y - 2,
    );
    expect(long).toHaveLength(1);
    expect(long[0]!.text).toBe(LONG_NAME);
    expect(long[0]!.xMin).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(long[0]!.xMax).toBeLessThanOrEqual(box.x + box.width + 0.5);
    const normal = all.find((l) => l.text === 'Bà Trần Thị Ánh')!;
    expect(long[0]!.yMax - long[0]!.yMin).toBeLessThan((normal.yMax - normal.yMin) * 0.9);
  });

  it('applies a calibrated layout with its global offset and prints only the chosen awardees', async () => {
    const { dispatch, doc } = await issuedDecision();
    const base = DEFAULT_CERTIFICATE_LAYOUTS.giay_khen;
    const layout: CertificateLayout = {
      ...base,
      kind: 'bang_khen',
      label: 'Phôi Bằng khen A4 của Sở',
      orientation: 'portrait',
      offsetX: 3.5,
      offsetY: -2,
      fields: {
        ...base.fields,
        recipient: { ...base.fields.recipient, x: 20, y: 120, width: 170, align: 'left' },
        signerName: { ...base.fields.signerName, x: 100, y: 240, width: 90, align: 'right' },
      },
    };
    const detail = value<IssuedDocumentDetail>(await dispatch('documents.get', { id: doc.id }));
    const position = detail.awardees.find((a) => a.printedName === 'Ông Lê Văn Đức')!.position;
    const { out } = writePdf(
      await dispatch('documents.certificatesPdf', {
        id: doc.id,
        awardeePositions: [position],
        layout,
      }),
      'bk-a4.pdf',
    );
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const { lines: all } = lines(out);
    const name = all.find((l) => l.text === 'Ông Lê Văn Đức')!;
    expect(name).toBeDefined();
    expect(Math.abs(name.xMin - (20 + 3.5))).toBeLessThan(1);
    expect(Math.abs(name.yMin - (120 - 2))).toBeLessThan(1);
    const signer = all.find((l) => l.text === 'Nguyễn Hồng Hải')!;
    expect(Math.abs(signer.xMax - (100 + 90 + 3.5))).toBeLessThan(1);
    expect(Math.abs(signer.yMin - (240 - 2))).toBeLessThan(1);
    expect(all.some((l) => l.text.includes('Trần Thị Ánh'))).toBe(false);

    const missing = await dispatch('documents.certificatesPdf', {
      id: doc.id,
      awardeePositions: [9],
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('số thứ tự 9');
    const wrongKind = await dispatch('documents.certificatesPdf', {
      id: doc.id,
      layout: DEFAULT_CERTIFICATE_LAYOUTS.giay_khen,
    });
    expect(wrongKind.ok).toBe(false);
    if (!wrongKind.ok) expect(wrongKind.error.message).toContain('Giấy khen');
  });

  it('prints a calibration page with the grid, each field box labelled, for both default layouts', async () => {
    const { dispatch } = testApp(() => new Date('2026-11-23T08:00:00Z'));
    for (const [kind, size] of [
      ['giay_khen', /Page size:\s+841\.\d+ x 595\.\d+ pts/],
      ['bang_khen', /Page size:\s+1190\.\d+ x 841\.\d+ pts/],
    ] as const) {
      const layout = { ...DEFAULT_CERTIFICATE_LAYOUTS[kind], offsetX: 2, offsetY: 1 };
      const { out } = writePdf(
        await dispatch('documents.certificateCalibrationPdf', { layout }),
        `cal-${kind}.pdf`,
      );
      png(out, `certificate-calibration-${kind}`);
      expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(size);
      const { lines: all } = lines(out);
      const text = all.map((l) => l.text).join('\n');
      expect(text).toContain('TRANG CĂN CHỈNH');
      expect(text).toContain('dịch ngang 2 mm, dịch dọc 1 mm');
      for (const field of CERTIFICATE_FIELDS) {
        const b = layout.fields[field];
        const label = all.find((l) => l.text.startsWith(CERTIFICATE_FIELD_LABELS[field]));
        expect(label, field).toBeDefined();
        expect(label!.text).toContain(`x ${b.x}, y ${b.y}`);
      }
      // Rulers every 10 mm along the top edge.
      expect(all.filter((l) => l.yMin < 4 && /^\d+$/.test(l.text)).length).toBeGreaterThan(15);
      expect(text).toContain('Bà Nguyễn Thị Hồng Nhung');
    }
  });
});

describe('certificate layouts stored in the database', () => {
  const count = (db: { prepare(sql: string): { get(): unknown } }, sql: string) =>
    (db.prepare(sql).get() as { c: number }).c;

  it('saves a calibrated layout, prints with it when the request has none, logs it, and resets to the default', async () => {
    const { dispatch, db, doc } = await issuedDecision();
    const auditRows = () =>
      db
        .prepare(
          "SELECT user_name, entity_id, action, before, after FROM audit_log WHERE entity = 'certificate_layouts' ORDER BY id",
        )
        .all() as {
        user_name: string;
        entity_id: string;
        action: string;
        before: string | null;
        after: string | null;
      }[];
    // The three audit triggers of migration 0010 exist, like those of every business table.
    const triggers = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'certificate_layouts' ORDER BY name",
      )
      .all()
      .map((r) => (r as { name: string }).name);
    expect(triggers).toEqual([
      'audit_certificate_layouts_delete',
      'audit_certificate_layouts_insert',
      'audit_certificate_layouts_update',
    ]);

    const initial = value<CertificateLayoutEntry[]>(
      await dispatch('documents.certificateLayouts', {}),
    );
    expect(initial.map((e) => [e.kind, e.saved, e.updatedAt])).toEqual([
      ['bang_khen', false, null],
      ['giay_khen', false, null],
    ]);
    expect(initial[0]!.layout).toEqual(DEFAULT_CERTIFICATE_LAYOUTS.bang_khen);
    expect(initial[1]!.layout).toEqual(DEFAULT_CERTIFICATE_LAYOUTS.giay_khen);

    const base = DEFAULT_CERTIFICATE_LAYOUTS.bang_khen;
    const calibrated: CertificateLayout = {
      ...base,
      label: 'Phôi Bằng khen tỉnh 2026',
      offsetX: 4,
      offsetY: -3,
      fields: {
        ...base.fields,
        recipient: { ...base.fields.recipient, x: 50, y: 140, width: 320 },
        signerName: { ...base.fields.signerName, x: 240, y: 262, width: 150, align: 'left' },
      },
    };
    const saved = value<CertificateLayoutEntry>(
      await dispatch('documents.saveCertificateLayout', { layout: calibrated }),
    );
    expect(saved).toMatchObject({ kind: 'bang_khen', saved: true, problem: null });
    expect(saved.updatedAt).toBe('2026-11-23T08:00:00.000Z');
    const listed = value<CertificateLayoutEntry[]>(
      await dispatch('documents.certificateLayouts', {}),
    );
    expect(listed.find((e) => e.kind === 'bang_khen')!.layout).toEqual(calibrated);
    expect(listed.find((e) => e.kind === 'giay_khen')!.saved).toBe(false);
    expect(count(db, 'SELECT count(*) AS c FROM certificate_layouts')).toBe(1);

    // The save is in the audit trail, with the user from Cài đặt and the positions.
    const logged = auditRows();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      user_name: 'Văn thư',
      entity_id: 'bang_khen',
      action: 'insert',
      before: null,
    });
    const after = JSON.parse(logged[0]!.after!) as Record<string, unknown>;
    expect(after).toMatchObject({ label: 'Phôi Bằng khen tỉnh 2026', offset_x: 4, offset_y: -3 });
    expect(JSON.parse(after['fields_json'] as string)).toMatchObject({
      recipient: { x: 50, y: 140, width: 320 },
    });
    // Saving the same layout again writes nothing; a changed offset is one update.
    value(await dispatch('documents.saveCertificateLayout', { layout: calibrated }));
    expect(auditRows()).toHaveLength(1);
    value(
      await dispatch('documents.saveCertificateLayout', {
        layout: { ...calibrated, offsetX: 5 },
      }),
    );
    const updated = auditRows();
    expect(updated.map((r) => r.action)).toEqual(['insert', 'update']);
    expect(JSON.parse(updated[1]!.before!)).toMatchObject({ offset_x: 4 });
    expect(JSON.parse(updated[1]!.after!)).toMatchObject({ offset_x: 5 });

    // No layout in the request: the stored one is used, offsets included.
    const { out } = writePdf(
      await dispatch('documents.certificatesPdf', { id: doc.id, awardeePositions: [2] }),
      'bk-stored.pdf',
    );
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+1\b/);
    const printed = lines(out).lines;
    const detail = value<IssuedDocumentDetail>(await dispatch('documents.get', { id: doc.id }));
    const second = detail.awardees.find((a) => a.position === 2)!.printedName;
    const name = printed.find((l) => l.text === second)!;
    expect(name, second).toBeDefined();
    expect(Math.abs((name.xMin + name.xMax) / 2 - (50 + 5 + 160))).toBeLessThan(1);
    expect(Math.abs(name.yMin - (140 - 3))).toBeLessThan(1);
    const signer = printed.find((l) => l.text === 'Nguyễn Hồng Hải')!;
    expect(Math.abs(signer.xMin - (240 + 5))).toBeLessThan(1);
    expect(Math.abs(signer.yMin - (262 - 3))).toBeLessThan(1);

    // The kind alone picks the stored layout of that blank: nobody here gets a Giấy khen.
    const otherKind = await dispatch('documents.certificatesPdf', {
      id: doc.id,
      kind: 'giay_khen',
    });
    expect(otherKind.ok).toBe(false);
    if (!otherKind.ok) expect(otherKind.error.message).toContain('được tặng Giấy khen');

    // The calibration page of the stored layout, by kind only.
    const cal = writePdf(
      await dispatch('documents.certificateCalibrationPdf', { kind: 'bang_khen' }),
      'cal-stored.pdf',
    );
    const calText = lines(cal.out)
      .lines.map((l) => l.text)
      .join('\n');
    expect(calText).toContain('Phôi Bằng khen tỉnh 2026; dịch ngang 5 mm, dịch dọc -3 mm');
    expect(calText).toContain('(x 50, y 140, rộng 320 mm');
    const noKind = await dispatch('documents.certificateCalibrationPdf', {});
    expect(noKind.ok).toBe(false);

    // Khôi phục mặc định: the row goes (logged as a delete) and the default prints again.
    const reset = value<CertificateLayoutEntry>(
      await dispatch('documents.resetCertificateLayout', { kind: 'bang_khen' }),
    );
    expect(reset).toEqual({
      kind: 'bang_khen',
      layout: DEFAULT_CERTIFICATE_LAYOUTS.bang_khen,
      saved: false,
      updatedAt: null,
      problem: null,
    });
    expect(count(db, 'SELECT count(*) AS c FROM certificate_layouts')).toBe(0);
    expect(auditRows().map((r) => r.action)).toEqual(['insert', 'update', 'delete']);
    const again = lines(
      writePdf(
        await dispatch('documents.certificatesPdf', { id: doc.id, awardeePositions: [2] }),
        'bk-reset.pdf',
      ).out,
    ).lines.find((l) => l.text === second)!;
    const box = DEFAULT_CERTIFICATE_LAYOUTS.bang_khen.fields.recipient;
    expect(Math.abs((again.xMin + again.xMax) / 2 - (box.x + box.width / 2))).toBeLessThan(1);
    expect(Math.abs(again.yMin - box.y)).toBeLessThan(1);
  });

  it('refuses a layout with a field off the paper, naming the field, and writes nothing', async () => {
    const { dispatch, db } = testApp(() => new Date('2026-11-23T08:00:00Z'));
    const base = DEFAULT_CERTIFICATE_LAYOUTS.giay_khen;
    value(
      await dispatch('documents.saveCertificateLayout', {
        layout: { ...base, label: 'Phôi Giấy khen đã căn', offsetX: 2 },
      }),
    );
    const snapshot = () => ({
      rows: db.prepare('SELECT * FROM certificate_layouts').all(),
      audit: count(db, 'SELECT count(*) AS c FROM audit_log'),
    });
    const before = snapshot();
    expect(before.rows).toHaveLength(1);

    // Giấy khen is A4 landscape (297 × 210 mm): x 200 + width 120 + offset 2 = 322 mm.
    const offRight = await dispatch('documents.saveCertificateLayout', {
      layout: {
        ...base,
        offsetX: 2,
        fields: { ...base.fields, signerName: { ...base.fields.signerName, x: 200 } },
      },
    });
    expect(offRight.ok).toBe(false);
    if (!offRight.ok) {
      expect(offRight.error.code).toBe('VALIDATION');
      expect(offRight.error.message).toContain(
        'Ô “Họ tên người ký” nằm ngoài khổ A4 ngang (297 × 210 mm): mép phải ở 322 mm',
      );
      expect(offRight.error.details).toEqual([
        expect.objectContaining({ field: 'layout.fields.signerName' }),
      ]);
    }
    // Printer offsets count too: 25 mm to the left puts the Quyết định box (x 25) off the sheet,
    // and 30 mm down pushes the signer's name (y 190) past the bottom edge.
    const offsets = await dispatch('documents.saveCertificateLayout', {
      layout: { ...base, offsetX: -25.5, offsetY: 30 },
    });
    expect(offsets.ok).toBe(false);
    if (!offsets.ok) {
      expect(offsets.error.message).toContain('Ô “Số, ngày Quyết định” nằm ngoài');
      expect(offsets.error.message).toContain('mép trái ở -0,5 mm');
      expect(offsets.error.message).toContain('Ô “Họ tên người ký” nằm ngoài');
      expect(offsets.error.message).toContain('mép dưới ở');
    }
    expect(snapshot()).toEqual(before);
    // A stored layout still reads back and prints its calibration page.
    const entries = value<CertificateLayoutEntry[]>(
      await dispatch('documents.certificateLayouts', {}),
    );
    expect(entries.find((e) => e.kind === 'giay_khen')!.layout.label).toBe('Phôi Giấy khen đã căn');
  });

  it('reports a damaged stored layout instead of printing with something else', async () => {
    const { dispatch, db } = testApp(() => new Date('2026-11-23T08:00:00Z'));
    db.prepare(
      `INSERT INTO certificate_layouts (kind, label, page_size, orientation, offset_x, offset_y, fields_json, updated_at)
       VALUES ('bang_khen', 'Hỏng', 'A3', 'landscape', 0, 0, '{"recipient": {"x": -5}}', 'x')`,
    ).run();
    const entries = value<CertificateLayoutEntry[]>(
      await dispatch('documents.certificateLayouts', {}),
    );
    const damaged = entries.find((e) => e.kind === 'bang_khen')!;
    expect(damaged.saved).toBe(false);
    expect(damaged.layout).toEqual(DEFAULT_CERTIFICATE_LAYOUTS.bang_khen);
    expect(damaged.problem).toContain('Khôi phục mặc định');
    const cal = await dispatch('documents.certificateCalibrationPdf', { kind: 'bang_khen' });
    expect(cal.ok).toBe(false);
    if (!cal.ok) expect(cal.error.message).toContain('không đọc được');
    value(await dispatch('documents.resetCertificateLayout', { kind: 'bang_khen' }));
    value(await dispatch('documents.certificateCalibrationPdf', { kind: 'bang_khen' }));
  });
});
