import {
  AUDIT_ACTION_LABELS,
  auditChanges,
  auditEntityLabel,
  formatAuditTime,
  type AuditEntry,
  type AuditFilter,
  type AuditPage,
} from '../../../shared/domain/audit';
import { formatDateVi, todayIso } from '../../../shared/domain/dates';
import type { Db } from '../db/open-database';
import { AppError } from '../errors';
import { MAX_CELL_CHARS, writeListWorkbook } from '../excel/write-list';
import * as repo from './audit.repo';

/** One sheet stays workable in Excel; a longer log is exported a period at a time. */
export const MAX_AUDIT_EXPORT_ROWS = 100_000;

export interface AuditService {
  list(filter: AuditFilter): AuditPage;
  exportExcel(filter: AuditFilter): Promise<{ fileName: string; content: Buffer }>;
}

const parse = (json: string | null): Record<string, unknown> | null =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);

const toEntry = (r: repo.AuditRow): AuditEntry => ({
  ...r,
  entityId: r.entityId === null ? null : String(r.entityId),
  before: parse(r.before),
  after: parse(r.after),
});

export function createAuditService(db: Db, clock: () => Date): AuditService {
  return {
    list({ offset, limit, ...filter }) {
      return {
        total: repo.countAudit(db, filter),
        entries: repo.listAudit(db, filter, offset, limit).map(toEntry),
        users: repo.auditUsers(db),
        entities: repo.auditEntities(db),
      };
    },
    async exportExcel({ offset: _offset, limit: _limit, ...filter }) {
      const total = repo.countAudit(db, filter);
      if (total > MAX_AUDIT_EXPORT_ROWS) {
        throw new AppError(
          'VALIDATION',
          `Nhật ký theo bộ lọc có ${total} dòng, quá ${MAX_AUDIT_EXPORT_ROWS} dòng cho một tệp Excel: hãy chọn khoảng ngày ngắn hơn.`,
        );
      }
      const rows = repo.listAudit(db, filter, 0, MAX_AUDIT_EXPORT_ROWS).map((r) => {
        const e = toEntry(r);
        return {
          at: formatAuditTime(e.at),
          user: e.userName,
          entity: auditEntityLabel(e.entity),
          entityId: e.entityId,
          action: AUDIT_ACTION_LABELS[e.action],
          changes: auditChanges(e).join('\n').slice(0, MAX_CELL_CHARS),
        };
      });
      const today = todayIso(clock());
      const range =
        filter.dateFrom || filter.dateTo
          ? `Từ ngày ${formatDateVi(filter.dateFrom) || '…'} đến ngày ${formatDateVi(filter.dateTo) || '…'}`
          : `Tính đến ngày ${formatDateVi(today)}`;
      const content = await writeListWorkbook({
        sheetName: 'Nhật ký',
        titleLines: ['NHẬT KÝ THAY ĐỔI DỮ LIỆU'],
        subtitle: range,
        columns: [
          { header: 'Thời gian', key: 'at', width: 20, kind: 'center' },
          { header: 'Người sử dụng', key: 'user', width: 20 },
          { header: 'Đối tượng', key: 'entity', width: 24 },
          { header: 'Mã bản ghi', key: 'entityId', width: 10, kind: 'center' },
          { header: 'Thao tác', key: 'action', width: 10, kind: 'center' },
          { header: 'Nội dung thay đổi', key: 'changes', width: 80 },
        ],
        rows,
      });
      return { fileName: `nhat-ky-thay-doi-${today.replaceAll('-', '')}.xlsx`, content };
    },
  };
}
