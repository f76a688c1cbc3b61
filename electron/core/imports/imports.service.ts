import { createHash } from 'node:crypto';
import type { ImportIssue, ImportPreview } from '../../../shared/domain/candidate-list';
import type { NominationData } from '../../../shared/domain/nomination';
import { findDuplicatePairs, type DuplicateCandidate } from '../../../shared/rules/duplicates';
import { checkQuotas } from '../../../shared/rules/quota-check';
import { birthLabel } from '../../../shared/domain/nomination';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import * as dossiersRepo from '../dossiers/dossiers.repo';
import { AppError, notFound } from '../errors';
import { readCandidateList } from '../excel/read-candidate-list';
import * as movementsRepo from '../movements/movements.repo';
import { nominationKeys, nominationProblems } from '../nominations/nominations.service';
import * as nominationsRepo from '../nominations/nominations.repo';
import type { NominationKeys } from '../nominations/nominations.repo';
import * as unitsRepo from '../units/units.repo';

export interface ImportRequest {
  dossierId: number;
  fileName: string;
  content: Buffer;
  progressToken?: string | undefined;
}

export interface ImportsService {
  preview(request: ImportRequest): Promise<ImportPreview>;
  commit(request: ImportRequest): Promise<{ imported: number; batchId: number }>;
  progress(token: string): { done: number; total: number | null; phase: string };
}

const FIELD_LABELS: Record<string, string> = {
  awardFormCode: 'Hình thức khen thưởng',
  subjectType: 'Loại đối tượng',
  posthumous: 'Truy tặng',
  periodCode: 'Đợt',
  birthYear: 'Năm sinh',
};

/**
 * Intake of a unit's Excel list into one dossier: read (all problems, nothing written), add duplicates
 * against the database and quota warnings, then commit every row in one transaction — or none.
 */
export function createImportsService(db: Db, clock: () => Date): ImportsService {
  const progress = new Map<string, { done: number; total: number | null; phase: string }>();

  async function build(request: ImportRequest): Promise<{
    preview: ImportPreview;
    data: { sheet: string; row: number; n: NominationData; keys: NominationKeys }[];
  }> {
    const token = request.progressToken;
    const report = (phase: string, done = 0, total: number | null = null) => {
      if (token) progress.set(token, { done, total, phase });
    };
    report('Đang đọc tệp');
    const dossier = dossiersRepo.getDossierHeader(db, request.dossierId);
    if (!dossier) throw notFound(`hồ sơ có mã số ${request.dossierId}`);
    if (dossier.movementId === null) {
      throw new AppError(
        'VALIDATION',
        'Hồ sơ chưa gắn với phong trào: sửa hồ sơ, chọn phong trào rồi nhập danh sách.',
      );
    }
    if (['da_xet', 'da_co_quyet_dinh', 'tra_lai'].includes(dossier.status)) {
      throw new AppError(
        'CONFLICT',
        'Hồ sơ đã xét, đã có quyết định hoặc đã trả lại: không nhập thêm danh sách.',
      );
    }
    const movement = movementsRepo.getMovement(db, dossier.movementId);
    if (!movement) throw notFound(`phong trào có mã số ${dossier.movementId}`);
    const forms = catalog.listAwardForms(db);
    const allowed =
      movement.awardForms.length > 0
        ? forms.filter((f) => movement.awardForms.some((m) => m.awardFormCode === f.code))
        : forms;
    const sha256 = createHash('sha256').update(request.content).digest('hex');

    const parsed = await readCandidateList(request.content, {
      awardForms: allowed,
      onProgress: (done, total) => report('Đang đọc tệp', done, total),
    });
    report('Đang kiểm tra', parsed.rows.length, parsed.rows.length);
    const issues: ImportIssue[] = [...parsed.issues];
    const columnOf = (sheet: string, field: string) => {
      const layout = parsed.sheets.find((s) => s.name === sheet);
      const column = layout?.columns.find((c) => c.field === field);
      return {
        column: column?.column ?? null,
        columnLabel: column?.header ?? FIELD_LABELS[field] ?? null,
      };
    };

    const earlier = statement(
      db,
      'SELECT imported_at AS at FROM import_batches WHERE dossier_id = ? AND sha256 = ?',
    ).get(request.dossierId, sha256) as { at: string } | undefined;
    if (earlier) {
      issues.push({
        severity: 'error',
        sheet: null,
        row: null,
        column: null,
        columnLabel: null,
        message: `Tệp này (cùng nội dung) đã được nhập vào hồ sơ lúc ${new Date(earlier.at).toLocaleString('vi-VN')}.`,
      });
    }

    const data: { sheet: string; row: number; n: NominationData; keys: NominationKeys }[] = [];
    for (const r of parsed.rows) {
      const d = r.draft;
      // Written out, not spread: a spread per row cost more than the checks for 10,000 rows.
      const n: NominationData = {
        subjectType: d.subjectType,
        honorific: d.honorific,
        fullName: d.fullName,
        gender: d.gender,
        birthDate: d.birthDate,
        birthYear: d.birthYear,
        ethnicity: d.ethnicity,
        position: d.position,
        workplace: d.workplace,
        awardFormCode: d.awardFormCode,
        isLeader: d.isLeader,
        isEnterprise: d.isEnterprise,
        posthumous: d.posthumous,
        achievement: d.achievement,
        idNumber: d.idNumber,
        note: d.note,
        movementId: movement.id,
        periodCode: dossier.periodCode,
        proposingUnitId: dossier.proposingUnitId,
        dossierId: dossier.id,
        workplaceUnitId: null,
      };
      const problems = nominationProblems(n, { movement, forms });
      for (const p of problems) {
        issues.push({
          severity: 'error',
          sheet: r.sheet,
          row: r.row,
          ...columnOf(r.sheet, p.field ?? ''),
          message: p.message ?? '',
        });
      }
      if (problems.length === 0)
        data.push({ sheet: r.sheet, row: r.row, n, keys: nominationKeys(n) });
    }

    // Duplicates against what the movement already holds (G1 same period → error if same dossier).
    const existing = nominationsRepo.listDuplicateCandidates(db, movement.id);
    const fileCandidates: (DuplicateCandidate & { sheet: string; row: number })[] = data.map(
      (d, i) => ({
        id: -(i + 1),
        movementId: movement.id,
        periodCode: d.n.periodCode,
        proposingUnitId: d.n.proposingUnitId,
        subjectType: d.n.subjectType,
        nameKey: d.keys.nameKey,
        birthDate: d.n.birthDate,
        birthYear: d.n.birthYear,
        idNumber: d.n.idNumber,
        workplace: d.n.workplace,
        sheet: d.sheet,
        row: d.row,
      }),
    );
    const existingById = new Map(existing.map((e) => [e.id, e]));
    // Only file row × stored row pairs are kept, and pairs share a name key: other rows can't count.
    const storedNames = new Set(existing.map((e) => e.nameKey));
    const fileNames = new Set(fileCandidates.map((f) => f.nameKey));
    const comparable = [
      ...existing.filter((e) => fileNames.has(e.nameKey)),
      ...fileCandidates.filter((f) => storedNames.has(f.nameKey)),
    ];
    for (const pair of findDuplicatePairs(comparable)) {
      if (pair.a >= 0 || pair.b < 0) continue; // keep pairs file row (negative) × stored row
      const fileRow = fileCandidates[-pair.a - 1]!;
      const other = existingById.get(pair.b)!;
      const sameDossier = other.dossierId === dossier.id;
      const where = other.dossierLabel
        ? `hồ sơ số ${other.dossierLabel}`
        : 'danh sách của phong trào';
      const birth = birthLabel(other);
      issues.push({
        severity: sameDossier && pair.strength !== 'co_the' ? 'error' : 'warning',
        sheet: fileRow.sheet,
        row: fileRow.row,
        ...columnOf(fileRow.sheet, 'fullName'),
        message: `${sameDossier ? 'Đã có trong hồ sơ này' : 'Có thể trùng'}: ${other.fullName}${birth ? ` (${birth})` : ''}, ${where} của ${other.proposingUnitName} — ${pair.evidence.slice(1).join('; ') || 'trùng tên'}.`,
      });
    }

    // Quotas: the movement's nominations plus these rows, for this unit.
    const kinds = unitsRepo.listUnitKinds(db);
    const units = unitsRepo.listUnits(db).map((u) => ({
      id: u.id,
      name: u.name,
      kindCode: u.kindCode,
      sector: u.sector,
      isArmedForces: kinds.find((k) => k.code === u.kindCode)?.isArmedForces === 1,
    }));
    const current = nominationsRepo.listNominationsForQuota(db, movement.id);
    const quotaBefore = checkQuotas({
      rules: movement.quotaRules,
      movementForms: movement.awardForms,
      forms,
      units,
      nominations: current,
    });
    const quotaAfter = checkQuotas({
      rules: movement.quotaRules,
      movementForms: movement.awardForms,
      forms,
      units,
      nominations: [
        ...current,
        ...data.map((d, i) => ({
          id: -(i + 1),
          proposingUnitId: d.n.proposingUnitId,
          workplaceUnitId: null,
          awardFormCode: d.n.awardFormCode,
          subjectType: d.n.subjectType,
          periodCode: d.n.periodCode,
          posthumous: d.n.posthumous,
          selected: false,
        })),
      ],
    });
    const before = new Set(quotaBefore.violations.map((v) => v.message));
    const quotaWarnings = quotaAfter.violations
      .filter(
        (v) =>
          v.code === 'quota_exceeded' &&
          (v.unitId === null || v.unitId === dossier.proposingUnitId),
      )
      .map((v) => (before.has(v.message) ? v.message : `${v.message} (sau khi nhập tệp này)`));

    issues.sort((x, y) => {
      const sheetOrder = (s: string | null) =>
        s === null ? -1 : parsed.sheets.findIndex((l) => l.name === s);
      return (
        sheetOrder(x.sheet) - sheetOrder(y.sheet) ||
        (x.row ?? 0) - (y.row ?? 0) ||
        (x.column ?? '').length - (y.column ?? '').length ||
        (x.column ?? '').localeCompare(y.column ?? '')
      );
    });
    const errorCount = issues.filter((i) => i.severity === 'error').length;
    report('Xong', parsed.rows.length, parsed.rows.length);
    return {
      preview: {
        fileName: request.fileName,
        sha256,
        sheets: parsed.sheets,
        rows: parsed.rows,
        issues,
        encodings: parsed.encodings,
        quotaWarnings,
        errorCount,
        warningCount: issues.length - errorCount,
        canCommit: errorCount === 0 && data.length > 0,
      },
      data,
    };
  }

  return {
    async preview(request) {
      try {
        return (await build(request)).preview;
      } finally {
        if (request.progressToken)
          setTimeout(() => progress.delete(request.progressToken!), 60_000).unref?.();
      }
    },
    async commit(request) {
      const { preview, data } = await build(request);
      if (!preview.canCommit) {
        throw new AppError(
          'VALIDATION',
          preview.errorCount > 0
            ? `Tệp còn ${preview.errorCount} lỗi: chưa nhập dòng nào. Sửa tệp rồi nhập lại.`
            : 'Tệp không có dòng nào để nhập.',
        );
      }
      const now = clock().toISOString();
      const batchId = db
        .transaction(() => {
          const id = nominationsRepo.insertImportBatch(db, {
            dossierId: request.dossierId,
            fileName: request.fileName,
            sha256: preview.sha256,
            rowCount: data.length,
            now,
          });
          nominationsRepo.insertImportedNominations(
            db,
            id,
            data.map((d) => ({
              n: d.n,
              keys: d.keys,
              source: `${request.fileName} › ${d.sheet} › dòng ${d.row}`,
            })),
            now,
          );
          dossiersRepo.syncChecklist(db, request.dossierId);
          statement(
            db,
            `UPDATE dossier_checklist_items SET state = 'da_nhan'
          WHERE dossier_id = ? AND doc_type = 'file_dien_tu' AND state = 'thieu'`,
          ).run(request.dossierId);
          return id;
        })
        .immediate();
      return { imported: data.length, batchId };
    },
    progress(token) {
      return progress.get(token) ?? { done: 0, total: null, phase: 'Chưa bắt đầu' };
    },
  };
}
