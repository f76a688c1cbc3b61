import type { AuditAction, AuditFilter } from '../../../shared/domain/audit';
import { vnDayEndUtc, vnDayStartUtc } from '../../../shared/domain/audit';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface AuditRow {
  id: number;
  at: string;
  userName: string;
  entity: string;
  entityId: string | null;
  action: AuditAction;
  before: string | null;
  after: string | null;
}

type Filter = Omit<AuditFilter, 'offset' | 'limit'>;

function where(f: Filter): { sql: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (f.dateFrom) {
    parts.push('at >= @from');
    params['from'] = vnDayStartUtc(f.dateFrom);
  }
  if (f.dateTo) {
    parts.push('at < @to');
    params['to'] = vnDayEndUtc(f.dateTo);
  }
  if (f.userName !== undefined) {
    parts.push('user_name = @userName');
    params['userName'] = f.userName;
  }
  if (f.entity) {
    parts.push('entity = @entity');
    params['entity'] = f.entity;
  }
  if (f.entityId) {
    parts.push('entity_id = @entityId');
    params['entityId'] = f.entityId;
  }
  if (f.action) {
    parts.push('action = @action');
    params['action'] = f.action;
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

const COLUMNS = `id, at, user_name AS userName, entity, entity_id AS entityId, action, before, after`;

export function countAudit(db: Db, f: Filter): number {
  const w = where(f);
  return (
    statement(db, `SELECT COUNT(*) AS c FROM audit_log ${w.sql}`).get(w.params) as { c: number }
  ).c;
}

/** Newest first; `id` breaks ties within one millisecond. */
export function listAudit(db: Db, f: Filter, offset: number, limit: number): AuditRow[] {
  const w = where(f);
  return statement(
    db,
    `SELECT ${COLUMNS} FROM audit_log ${w.sql} ORDER BY at DESC, id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...w.params, limit, offset }) as AuditRow[];
}

export function auditUsers(db: Db): string[] {
  return (
    statement(db, 'SELECT DISTINCT user_name AS u FROM audit_log ORDER BY u').all() as {
      u: string;
    }[]
  ).map((r) => r.u);
}

export function auditEntities(db: Db): string[] {
  return (
    statement(db, 'SELECT DISTINCT entity AS e FROM audit_log ORDER BY e').all() as { e: string }[]
  ).map((r) => r.e);
}
