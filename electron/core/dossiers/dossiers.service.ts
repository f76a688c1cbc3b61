import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  daysLate,
  DOSSIER_TRANSITIONS,
  type ChecklistState,
  type Dossier,
  type DossierCreateData,
  type DossierDetail,
  type DossierListFilter,
  type DossierStatusData,
  type IntakeRow,
} from '../../../shared/domain/dossier';
import type { Movement } from '../../../shared/domain/movement';
import { todayIso } from '../../../shared/domain/dates';
import { applicableDeadline } from '../../../shared/rules/dossier-deadline';
import { unitMatches } from '../../../shared/rules/quota-check';
import { DOSSIER_STATUS_LABELS } from '../../../shared/domain/dossier-labels';
import * as catalog from '../catalog/catalog.repo';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import * as movementsRepo from '../movements/movements.repo';
import * as unitsRepo from '../units/units.repo';
import * as repo from './dossiers.repo';
import { storeContent } from './file-store';

/** Largest attachment accepted (the HTTP transport carries it base64-encoded in a 20 MiB body). */
export const MAX_ATTACHMENT_BYTES = 14 * 1024 * 1024;

export interface DossiersService {
  list(filter: DossierListFilter): Dossier[];
  get(id: number): DossierDetail;
  create(input: DossierCreateData): DossierDetail;
  update(id: number, input: DossierCreateData): DossierDetail;
  delete(id: number): { id: number };
  setStatus(input: DossierStatusData): DossierDetail;
  setChecklistItem(id: number, state: ChecklistState, note: string | null): DossierDetail;
  attachFile(dossierId: number, fileName: string, content: Buffer): DossierDetail;
  removeFile(fileId: number): DossierDetail;
  fileContent(fileId: number): { fileName: string; content: Buffer; path: string };
  intakeBoard(movementId: number, periodCode: string | null): IntakeRow[];
}

const invalid = (field: string, fieldLabel: string, message: string) =>
  new AppError('VALIDATION', message, [{ field, fieldLabel, message }]);

export function createDossiersService(
  db: Db,
  clock: () => Date,
  filesDir: string,
): DossiersService {
  const movementCache = new Map<number, Movement | undefined>();
  const movementOf = (id: number | null) => {
    if (id === null) return undefined;
    if (!movementCache.has(id)) movementCache.set(id, movementsRepo.getMovement(db, id));
    return movementCache.get(id);
  };

  const toDossier = (row: repo.DossierRow): Dossier => {
    const movement = movementOf(row.movementId);
    const deadline = movement ? applicableDeadline(movement, row.periodCode) : null;
    return {
      ...row,
      awardFormCodes: JSON.parse(row.awardFormCodes) as string[],
      deadline: deadline?.date ?? null,
      daysLate: deadline ? daysLate(row.receivedDate, deadline.date, deadline.inclusive) : 0,
    };
  };

  const get = (id: number): DossierDetail => {
    movementCache.clear();
    const row = repo.getDossierRow(db, id);
    if (!row) throw notFound(`hồ sơ có mã số ${id}`);
    return {
      ...toDossier(row),
      checklist: repo.listChecklist(db, id),
      files: repo.listFiles(db, id),
      history: repo.listHistory(db, id),
    };
  };

  const check = (input: DossierCreateData) => {
    if (!unitsRepo.getUnit(db, input.proposingUnitId)) {
      throw invalid(
        'proposingUnitId',
        'Đơn vị đề nghị',
        `Không có đơn vị mã số ${input.proposingUnitId}.`,
      );
    }
    if (input.documentDate !== null && input.documentDate > input.receivedDate) {
      throw invalid('documentDate', 'Ngày tờ trình', 'Ngày tờ trình sau ngày nhận hồ sơ.');
    }
    if (input.receivedDate > todayIso(clock())) {
      throw invalid('receivedDate', 'Ngày nhận', 'Ngày nhận hồ sơ ở tương lai.');
    }
    for (const code of input.awardFormCodes) {
      if (!catalog.awardFormExists(db, code)) {
        throw invalid(
          'awardFormCodes',
          'Hình thức đề nghị',
          `Hình thức “${code}” không có trong danh mục.`,
        );
      }
    }
    if (input.movementId !== null) {
      const movement = movementsRepo.getMovement(db, input.movementId);
      if (!movement)
        throw invalid('movementId', 'Phong trào', `Không có phong trào mã số ${input.movementId}.`);
      if (input.periodCode !== null && !movement.periods.some((p) => p.code === input.periodCode)) {
        throw invalid('periodCode', 'Đợt', `Phong trào không có đợt “${input.periodCode}”.`);
      }
    } else if (input.periodCode !== null) {
      throw invalid('periodCode', 'Đợt', 'Chọn phong trào trước khi chọn đợt.');
    }
  };
  const now = () => clock().toISOString();

  return {
    list(filter) {
      movementCache.clear();
      const { lateOnly, incompleteOnly, ...sqlFilter } = filter;
      return repo
        .listDossierRows(db, sqlFilter)
        .map(toDossier)
        .filter(
          (d) => (!lateOnly || d.daysLate > 0) && (!incompleteOnly || d.missingMandatory > 0),
        );
    },
    get,
    create(input) {
      check(input);
      const year = Number(input.receivedDate.slice(0, 4));
      const id = db
        .transaction(() => {
          const newId = repo.insertDossier(
            db,
            input,
            { year, incomingNumber: repo.nextIncomingNumber(db, year) },
            now(),
          );
          repo.syncChecklist(db, newId);
          return newId;
        })
        .immediate();
      return get(id);
    },
    update(id, input) {
      const before = get(id);
      check(input);
      if (Number(input.receivedDate.slice(0, 4)) !== before.year) {
        throw invalid(
          'receivedDate',
          'Ngày nhận',
          `Số đến ${before.incomingNumber}/${before.year} thuộc năm ${before.year}; không đổi ngày nhận sang năm khác.`,
        );
      }
      if (
        before.nominationCount > 0 &&
        (input.movementId !== before.movementId || input.proposingUnitId !== before.proposingUnitId)
      ) {
        throw invalid(
          'movementId',
          'Phong trào',
          'Hồ sơ đã có danh sách đề nghị: không đổi phong trào hoặc đơn vị đề nghị.',
        );
      }
      db.transaction(() => {
        repo.updateDossier(db, id, input, now());
        db.prepare('UPDATE nominations SET period_code = ? WHERE dossier_id = ?').run(
          input.periodCode,
          id,
        );
        repo.syncChecklist(db, id);
      })();
      return get(id);
    },
    delete(id) {
      const before = get(id);
      if (before.nominationCount > 0) {
        throw new AppError(
          'CONFLICT',
          `Hồ sơ ${before.incomingNumber}/${before.year} còn ${before.nominationCount} trường hợp đề nghị: xóa danh sách trước.`,
        );
      }
      repo.deleteDossier(db, id);
      return { id };
    },
    setStatus({ id, status, reason, date }) {
      const before = get(id);
      if (!DOSSIER_TRANSITIONS[before.status].includes(status)) {
        throw invalid(
          'status',
          'Trạng thái',
          `Không chuyển được từ “${DOSSIER_STATUS_LABELS[before.status]}” sang “${DOSSIER_STATUS_LABELS[status]}”.`,
        );
      }
      if ((status === 'tra_lai' || status === 'can_bo_sung') && reason === null) {
        throw invalid('reason', 'Lý do', 'Ghi lý do trả lại hoặc nội dung cần bổ sung.');
      }
      if (date < before.receivedDate) {
        throw invalid('date', 'Ngày', 'Ngày chuyển trạng thái trước ngày nhận hồ sơ.');
      }
      const missing = before.checklist.filter((c) => c.mandatory && c.state === 'thieu');
      if (['hop_le', 'trinh_hoi_dong'].includes(status) && missing.length > 0) {
        throw invalid(
          'status',
          'Trạng thái',
          `Chưa thể xác nhận hợp lệ: còn thiếu ${missing.map((c) => `“${c.label}”`).join(', ')}.`,
        );
      }
      if (status === 'hop_le' && before.nominationCount === 0) {
        throw invalid('status', 'Trạng thái', 'Hồ sơ chưa có danh sách đề nghị.');
      }
      repo.setStatus(db, id, status, date, reason, now());
      return get(id);
    },
    setChecklistItem(id, state, note) {
      const item = repo.getChecklistItem(db, id);
      if (!item) throw notFound(`mục hồ sơ có mã số ${id}`);
      if (item.mandatory && state === 'khong_ap_dung' && note === null) {
        throw invalid('note', 'Ghi chú', `“${item.label}” là bắt buộc: ghi lý do không áp dụng.`);
      }
      repo.setChecklistState(db, id, state, note);
      return get(item.dossierId);
    },
    attachFile(dossierId, fileName, content) {
      get(dossierId);
      if (content.length === 0) throw invalid('content', 'Tệp', `Tệp “${fileName}” rỗng.`);
      if (content.length > MAX_ATTACHMENT_BYTES) {
        throw invalid(
          'content',
          'Tệp',
          `Tệp “${fileName}” lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
        );
      }
      const sha256 = createHash('sha256').update(content).digest('hex');
      const storedName = storeContent(filesDir, fileName, sha256, content);
      repo.insertFile(db, {
        dossierId,
        fileName: path.basename(fileName),
        sha256,
        size: content.length,
        storedName,
        now: now(),
      });
      return get(dossierId);
    },
    removeFile(fileId) {
      const file = repo.getFile(db, fileId);
      if (!file) throw notFound(`tệp đính kèm có mã số ${fileId}`);
      // The stored copy stays (content-addressed, possibly shared with another dossier).
      repo.deleteFile(db, fileId);
      return get(file.dossierId);
    },
    fileContent(fileId) {
      const file = repo.getFile(db, fileId);
      if (!file) throw notFound(`tệp đính kèm có mã số ${fileId}`);
      const stored = path.join(filesDir, file.storedName);
      if (!existsSync(stored))
        throw new AppError(
          'NOT_FOUND',
          `Không còn bản lưu của tệp “${file.fileName}” trong thư mục dữ liệu.`,
        );
      const content = readFileSync(stored);
      if (createHash('sha256').update(content).digest('hex') !== file.sha256) {
        throw new AppError(
          'CONFLICT',
          `Bản lưu của tệp “${file.fileName}” đã bị thay đổi (mã băm không khớp).`,
        );
      }
      return { fileName: file.fileName, content, path: stored };
    },
    intakeBoard(movementId, periodCode) {
      const movement = movementsRepo.getMovement(db, movementId);
      if (!movement) throw notFound(`phong trào có mã số ${movementId}`);
      const dossiers = this.list({
        movementId,
        lateOnly: false,
        incompleteOnly: false,
        ...(periodCode !== null ? { periodCode } : {}),
      }).filter((d) => d.status !== 'tra_lai');
      // Expected to submit: units addressed by a per-unit quota rule, in force during the movement.
      const kinds = unitsRepo.listUnitKinds(db);
      const perUnitRules = movement.quotaRules.filter((r) => r.scope === 'per_unit');
      const inForce = (u: { validFrom: string | null; validTo: string | null }) =>
        (u.validTo === null || movement.startDate === null || u.validTo >= movement.startDate) &&
        (u.validFrom === null || movement.endDate === null || u.validFrom <= movement.endDate);
      const units = unitsRepo.listUnits(db);
      const expected = new Set(
        units
          .filter(
            (u) =>
              inForce(u) &&
              perUnitRules.some((r) =>
                unitMatches(r, {
                  ...u,
                  isArmedForces: kinds.find((k) => k.code === u.kindCode)?.isArmedForces === 1,
                }),
              ),
          )
          .map((u) => u.id),
      );
      const byUnit = new Map<number, Dossier[]>();
      for (const d of dossiers)
        byUnit.set(d.proposingUnitId, [...(byUnit.get(d.proposingUnitId) ?? []), d]);
      const rows: IntakeRow[] = [];
      for (const u of units) {
        const list = byUnit.get(u.id) ?? [];
        if (list.length === 0 && !expected.has(u.id)) continue;
        const lateCount = list.filter((d) => d.daysLate > 0).length;
        const incompleteCount = list.filter((d) => d.missingMandatory > 0).length;
        rows.push({
          unitId: u.id,
          unitName: u.name,
          dossierCount: list.length,
          nominationCount: list.reduce((s, d) => s + d.nominationCount, 0),
          lateCount,
          maxDaysLate: Math.max(0, ...list.map((d) => d.daysLate)),
          incompleteCount,
          state:
            list.length === 0
              ? 'chua_nop'
              : incompleteCount > 0
                ? 'thieu_ho_so'
                : lateCount > 0
                  ? 'nop_muon'
                  : 'day_du',
        });
      }
      return rows;
    },
  };
}
