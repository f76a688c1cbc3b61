import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type {
  DecisionDefaults,
  IssuedDocument,
  IssuedDocumentDetail,
} from '../../shared/domain/document';
import type { AwardForm } from '../../shared/domain/award-form';
import { baseSalaryOn, prizeAmount } from '../../shared/domain/document-prize';
import type { Nomination } from '../../shared/domain/nomination';
import { binhThuanAgency } from '../helpers/agency';
import { testApp } from '../helpers/app';
import { pagePng } from '../helpers/pdf-tools';
import { tempDir } from '../helpers/temp-dir';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};
const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

const SETTINGS = binhThuanAgency();

const PEOPLE = [
  {
    name: 'Trần Thị Ánh',
    gender: 'nu',
    position: 'Giáo viên',
    workplace: 'Trường THPT Phan Bội Châu',
  },
  { name: 'Lê Văn Đức', gender: 'nam', position: 'Bác sĩ', workplace: 'Bệnh viện Đa khoa tỉnh' },
  { name: 'Nguyễn Thị Ấu', gender: 'nu', position: 'Kế toán', workplace: 'Sở Tài chính' },
] as const;
const COLLECTIVE = 'Phòng Giáo dục và Đào tạo thành phố Phan Thiết';

/** The demo movement with settings, three people and a collective for Bằng khen tỉnh, one person
 *  for Bằng khen Thủ tướng. */
async function decisionApp(settings: Partial<typeof SETTINGS> = {}) {
  const app = testApp(() => new Date('2026-11-23T08:00:00Z'));
  const { dispatch } = app;
  const { movementId } = value<{ movementId: number }>(await dispatch('demo.load', {}));
  value(await dispatch('settings.update', { ...SETTINGS, ...settings }));
  const units = value<{ id: number; name: string }[]>(await dispatch('units.list', {}));
  const unitId = units[0]!.id;
  const create = (input: Record<string, unknown>) =>
    dispatch('nominations.create', { movementId, proposingUnitId: unitId, ...input });
  const ids: number[] = [];
  for (const p of PEOPLE) {
    ids.push(
      value<Nomination>(
        await create({
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: 'ca_nhan',
          fullName: p.name,
          gender: p.gender,
          position: p.position,
          workplace: p.workplace,
        }),
      ).id,
    );
  }
  ids.push(
    value<Nomination>(
      await create({
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'tap_the',
        fullName: COLLECTIVE,
      }),
    ).id,
  );
  ids.push(
    value<Nomination>(
      await create({
        awardFormCode: 'bk_thu_tuong',
        subjectType: 'ca_nhan',
        fullName: 'Phạm Quốc Bảo',
        gender: 'nam',
        position: 'Giám đốc',
        workplace: 'Sở Y tế',
      }),
    ).id,
  );
  return { ...app, movementId, ids };
}

/** Coefficient × base computed here from the catalogue rows, not through the app's code. */
async function expectedAmount(
  dispatch: ReturnType<typeof testApp>['dispatch'],
  form: string,
  subject: string,
  date: string,
): Promise<number> {
  const forms = value<AwardForm[]>(await dispatch('awardForms.list', {}));
  const regimes = value<{ code: string; validFrom: string; validTo: string | null }[]>(
    await dispatch('legalRegimes.list', {}),
  );
  const regime = regimes.find((r) => r.validFrom <= date && (!r.validTo || date <= r.validTo))!;
  const rate = forms
    .find((f) => f.code === form)!
    .rewardRates.find((r) => r.subjectType === subject && r.regimeCode === regime.code)!;
  const bases = value<{ validFrom: string; amount: number }[]>(
    await dispatch('baseSalary.list', {}),
  );
  const base = bases.filter((b) => b.validFrom <= date).at(-1)!.amount;
  return (rate.multiplier * 10 * base) / 10;
}

const pdfText = (bytes: Buffer) => {
  const file = path.join(tempDir(), 'out.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

const issueInput = (movementId: number, ids: number[], extra: Record<string, unknown> = {}) => ({
  movementId,
  nominationIds: ids,
  number: 125,
  date: '2026-11-20',
  ...extra,
});

describe('Quyết định khen thưởng from the database', () => {
  it('computes prize money from the coefficient and the base salary in force on the decision date', async () => {
    const { dispatch, movementId, ids } = await decisionApp();
    for (const date of ['2026-06-15', '2026-11-20']) {
      const defaults = value<DecisionDefaults>(
        await dispatch('documents.decisionDefaults', { movementId, date }),
      );
      const person = defaults.candidates.find((c) => c.nominationId === ids[0])!;
      const collective = defaults.candidates.find((c) => c.nominationId === ids[3])!;
      const pm = defaults.candidates.find((c) => c.nominationId === ids[4])!;
      expect(person.amount).toBe(
        await expectedAmount(dispatch, 'bk_chu_tich_tinh', 'ca_nhan', date),
      );
      expect(collective.amount).toBe(
        await expectedAmount(dispatch, 'bk_chu_tich_tinh', 'tap_the', date),
      );
      expect(pm.amount).toBe(await expectedAmount(dispatch, 'bk_thu_tuong', 'ca_nhan', date));
      expect(person.printedName).toBe('Bà Trần Thị Ánh');
      expect(person.printedDetail).toBe('Giáo viên, Trường THPT Phan Bội Châu');
    }
    // The same person is paid on the 2024 base before 01/7/2026 and on the 2026 base after it.
    const june = value<DecisionDefaults>(
      await dispatch('documents.decisionDefaults', { movementId, date: '2026-06-15' }),
    );
    const nov = value<DecisionDefaults>(
      await dispatch('documents.decisionDefaults', { movementId, date: '2026-11-20' }),
    );
    expect(june.baseSalary?.amount).toBe(2_340_000);
    expect(nov.baseSalary?.amount).toBe(2_530_000);
    expect(june.candidates.find((c) => c.nominationId === ids[0])!.amount).toBe(3_510_000);
    expect(nov.candidates.find((c) => c.nominationId === ids[0])!.amount).toBe(3_795_000);
    expect(nov.symbol).toBe('QĐ-UBND');
    expect(nov.nextNumber).toBe(1);
    expect(nov.signer.signerName).toBe('Nguyễn Hồng Hải');
  });

  it('issues a decision: reserves the number, records the awardees, prints PDF and DOCX', async () => {
    const { dispatch, movementId, ids } = await decisionApp();
    const preview = value<{ fileName: string; contentBase64: string }>(
      await dispatch('documents.decisionPreview', issueInput(movementId, ids)),
    );
    expect(value<IssuedDocument[]>(await dispatch('documents.register', {}))).toHaveLength(0);
    const previewText = pdfText(Buffer.from(preview.contentBase64, 'base64'));
    expect(previewText).toContain('Số: 125/QĐ-UBND');
    expect(previewText).toContain('Bà Trần Thị Ánh');

    const issued = value<IssuedDocument>(
      await dispatch('documents.issueDecision', issueInput(movementId, ids)),
    );
    expect(issued.numberLabel).toBe('125/QĐ-UBND');
    expect(issued.status).toBe('issued');
    expect(issued.year).toBe(2026);
    expect(issued.awardeeCount).toBe(5);
    const d = '2026-11-20';
    const expectedTotal =
      3 * (await expectedAmount(dispatch, 'bk_chu_tich_tinh', 'ca_nhan', d)) +
      (await expectedAmount(dispatch, 'bk_chu_tich_tinh', 'tap_the', d)) +
      (await expectedAmount(dispatch, 'bk_thu_tuong', 'ca_nhan', d));
    expect(issued.totalAmount).toBe(expectedTotal);

    const detail = value<IssuedDocumentDetail>(await dispatch('documents.get', { id: issued.id }));
    expect(detail.awardees.map((a) => a.nominationId).sort()).toEqual([...ids].sort());
    // Lists follow the catalogue order of forms: Bằng khen Thủ tướng before Bằng khen tỉnh.
    expect(detail.awardees[0]!.awardFormCode).toBe('bk_thu_tuong');
    // Within a list, Vietnamese order by given name: Ánh, Ấu, Đức.
    const provincial = detail.awardees.filter(
      (a) => a.awardFormCode === 'bk_chu_tich_tinh' && a.subjectType === 'ca_nhan',
    );
    expect(provincial.map((a) => a.printedName)).toEqual([
      'Bà Trần Thị Ánh',
      'Bà Nguyễn Thị Ấu',
      'Ông Lê Văn Đức',
    ]);

    const pdf = value<{ fileName: string; contentBase64: string }>(
      await dispatch('documents.decisionPdf', { id: issued.id }),
    );
    expect(pdf.fileName).toBe('quyet-dinh-125-QD-UBND-2026-11-20.pdf');
    const text = pdfText(Buffer.from(pdf.contentBase64, 'base64'));
    // Page 1 kept as an artifact to look at.
    const outDir = path.resolve('test-results/documents');
    fs.mkdirSync(outDir, { recursive: true });
    const issuedFile = path.join(tempDir(), 'issued.pdf');
    fs.writeFileSync(issuedFile, Buffer.from(pdf.contentBase64, 'base64'));
    pagePng(issuedFile, path.join(outDir, 'quyet-dinh-so-dang-ky-p1'));
    expect(text).toContain('Kèm theo Quyết định số 125/QĐ-UBND ngày 20 tháng 11 năm 2026');
    expect(text).toContain('KT. CHỦ TỊCH');
    expect(text).toContain('Nguyễn Hồng Hải');
    expect(text).toContain('3.795.000');

    // The issued entry prints from its own data: later settings edits do not change it.
    value(await dispatch('settings.update', { ...SETTINGS, signerName: 'Người Khác' }));
    const again = pdfText(
      Buffer.from(
        value<{ contentBase64: string }>(await dispatch('documents.decisionPdf', { id: issued.id }))
          .contentBase64,
        'base64',
      ),
    );
    expect(again).toContain('Nguyễn Hồng Hải');
    expect(again).not.toContain('Người Khác');

    const docx = value<{ fileName: string; contentBase64: string }>(
      await dispatch('documents.decisionDocx', { id: issued.id }),
    );
    expect(docx.fileName).toBe('quyet-dinh-125-QD-UBND-2026-11-20.docx');
    expect(Buffer.from(docx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');

    const next = value<{ number: number }>(
      await dispatch('documents.nextNumber', { docType: 'quyet_dinh', year: 2026 }),
    );
    expect(next.number).toBe(126);
    expect(
      value<IssuedDocument[]>(await dispatch('documents.register', { query: '125 qd' })),
    ).toHaveLength(1);
    expect(
      value<IssuedDocument[]>(await dispatch('documents.register', { year: 2025 })),
    ).toHaveLength(0);
  });

  it('refuses a number already used for the body and year, and reserves nothing', async () => {
    const { dispatch, movementId, ids, db } = await decisionApp();
    value(await dispatch('documents.issueDecision', issueInput(movementId, ids.slice(0, 2))));
    const refused = failure(
      await dispatch('documents.issueDecision', issueInput(movementId, ids.slice(2))),
    );
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Số 125/QĐ-UBND năm 2026');
    expect(refused.message).toContain('số tiếp theo còn trống: 126');
    const count = () =>
      (db.prepare('SELECT COUNT(*) AS c FROM document_awardees').get() as { c: number }).c;
    expect(count()).toBe(2);
    // The same number in another year is a different series.
    value(
      await dispatch(
        'documents.issueDecision',
        issueInput(movementId, ids.slice(2, 3), { date: '2027-01-05' }),
      ),
    );
    // A nomination already awarded cannot be awarded again.
    const twice = failure(
      await dispatch('documents.issueDecision', issueInput(movementId, [ids[0]!], { number: 200 })),
    );
    expect(twice.message).toContain('Bà Trần Thị Ánh (Quyết định số 125/QĐ-UBND)');
    expect(value<IssuedDocument[]>(await dispatch('documents.register', {}))).toHaveLength(2);
  });

  it('says what to fill when settings, awardees, number or base salary are missing', async () => {
    const { dispatch, movementId, ids, db } = await decisionApp({ signerName: '', placeName: '' });
    const noSettings = failure(
      await dispatch('documents.issueDecision', issueInput(movementId, ids)),
    );
    expect(noSettings.code).toBe('VALIDATION');
    expect(noSettings.message).toContain('“Địa danh”');
    expect(noSettings.message).toContain('“Họ và tên người ký”');
    const noPreview = failure(
      await dispatch('documents.decisionPreview', issueInput(movementId, ids)),
    );
    expect(noPreview.message).toContain('Họ và tên người ký');

    value(await dispatch('settings.update', SETTINGS));
    const none = failure(await dispatch('documents.issueDecision', issueInput(movementId, [])));
    expect(none.message).toContain('chưa có tập thể, cá nhân nào');
    const noNumber = failure(
      await dispatch('documents.issueDecision', issueInput(movementId, ids, { number: null })),
    );
    expect(noNumber.message).toContain('Chưa điền số');
    const stranger = failure(
      await dispatch('documents.issueDecision', issueInput(movementId, [...ids, 999_999])),
    );
    expect(stranger.message).toContain('không thuộc phong trào');
    const noBase = failure(
      await dispatch(
        'documents.issueDecision',
        issueInput(movementId, ids, { date: '2018-03-01' }),
      ),
    );
    expect(noBase.message).toContain('Chưa có mức lương cơ sở áp dụng ngày 01/03/2018');

    const rows = db.prepare('SELECT COUNT(*) AS c FROM issued_documents').get() as { c: number };
    expect(rows.c).toBe(0);
  });
});

describe('prize money rules', () => {
  const rates = [
    { validFrom: '2024-07-01', amount: 2_340_000, source: 'NĐ 73/2024' },
    { validFrom: '2026-07-01', amount: 2_530_000, source: 'NĐ 161/2026' },
  ];

  it('takes the base salary that starts on or before the date', () => {
    expect(baseSalaryOn(rates, '2026-06-30')?.amount).toBe(2_340_000);
    expect(baseSalaryOn(rates, '2026-07-01')?.amount).toBe(2_530_000);
    expect(baseSalaryOn(rates, '2024-06-30')).toBeNull();
  });

  it('multiplies exactly in đồng and rounds halves up to đồng or to thousands', () => {
    expect(prizeAmount(1.5, 2_340_000)).toBe(3_510_000);
    expect(prizeAmount(0.3, 2_340_000)).toBe(702_000);
    expect(prizeAmount(0.35, 1_490_000)).toBe(521_500);
    expect(prizeAmount(0.35, 1_490_000, 1000)).toBe(522_000);
    expect(prizeAmount(0.333, 1_000_001)).toBe(333_000);
  });
});
