import type { Unit, UnitCreate, UnitKind, UnitUpdate } from '../../../shared/domain/unit';
import { normalizeText, searchKey, sortVi } from '../../../shared/text/vietnamese';
import type { Db } from '../db/open-database';
import { AppError, notFound } from '../errors';
import * as repo from './units.repo';

export interface UnitsService {
  list(input: { query?: string | undefined }): Unit[];
  get(id: number): Unit;
  create(input: UnitCreate): Unit;
  /** All-or-nothing: either every unit is created or none is. */
  createMany(inputs: readonly UnitCreate[]): number[];
  update(input: UnitUpdate): Unit;
  delete(id: number): { id: number };
  kinds(): UnitKind[];
}

export function createUnitsService(db: Db, clock: () => Date): UnitsService {
  const now = () => clock().toISOString();

  function get(id: number): Unit {
    const row = repo.getUnit(db, id);
    if (!row) throw notFound(`đơn vị có mã số ${id}`);
    return row;
  }

  /** Text is normalised here too: callers inside the core (imports) bypass the contract. */
  function toRecord(input: UnitCreate): repo.UnitRecord {
    const text = (value: string | null | undefined) => {
      const normalized = value ? normalizeText(value) : '';
      return normalized === '' ? null : normalized;
    };
    const name = normalizeText(input.name);
    if (name === '') {
      throw new AppError('VALIDATION', 'Tên đơn vị không được để trống.', [
        { field: 'name', fieldLabel: 'Tên đơn vị' },
      ]);
    }
    return {
      parentId: input.parentId ?? null,
      name,
      shortName: text(input.shortName),
      kindCode: input.kindCode,
      sector: text(input.sector),
      code: text(input.code),
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      note: text(input.note),
      searchKey: searchKey(name),
    };
  }

  function check(record: repo.UnitRecord, selfId: number | null): void {
    if (!repo.unitKindExists(db, record.kindCode)) {
      throw new AppError(
        'VALIDATION',
        `Loại đơn vị “${record.kindCode}” không có trong danh mục.`,
        [{ field: 'kindCode', fieldLabel: 'Loại đơn vị' }],
      );
    }
    if (record.parentId !== null) {
      const parent = repo.getUnit(db, record.parentId);
      if (!parent) {
        throw new AppError(
          'VALIDATION',
          `Đơn vị cấp trên (mã số ${record.parentId}) không tồn tại.`,
          [{ field: 'parentId', fieldLabel: 'Đơn vị cấp trên' }],
        );
      }
      if (selfId !== null && repo.isSelfOrDescendant(db, selfId, record.parentId)) {
        throw new AppError(
          'VALIDATION',
          `Không thể đặt “${parent.name}” làm đơn vị cấp trên: đó là chính đơn vị này hoặc một đơn vị trực thuộc nó.`,
          [{ field: 'parentId', fieldLabel: 'Đơn vị cấp trên' }],
        );
      }
    }
    const sibling = repo.findOverlappingSibling(db, record, selfId);
    if (sibling) {
      throw new AppError(
        'CONFLICT',
        `Đã có đơn vị “${sibling.name}” cùng cấp trên, trùng tên và trùng thời gian hiệu lực.`,
        [{ field: 'name', fieldLabel: 'Tên đơn vị' }],
      );
    }
    if (record.code !== null) {
      const other = repo.findUnitByCode(db, record.code);
      if (other && other.id !== selfId) {
        throw new AppError('CONFLICT', `Mã đơn vị “${record.code}” đã dùng cho “${other.name}”.`, [
          { field: 'code', fieldLabel: 'Mã đơn vị' },
        ]);
      }
    }
  }

  const createOne = (input: UnitCreate): number => {
    const record = toRecord(input);
    check(record, null);
    return repo.insertUnit(db, record, now());
  };

  return {
    list({ query }) {
      const key = query ? searchKey(query) : '';
      return sortVi(repo.listUnits(db, key || undefined), (u) => u.name);
    },
    get,
    create(input) {
      return get(db.transaction(createOne)(input));
    },
    createMany(inputs) {
      return db.transaction(() => inputs.map(createOne))();
    },
    update(input) {
      get(input.id);
      const record = toRecord(input);
      db.transaction(() => {
        check(record, input.id);
        repo.updateUnit(db, input.id, record, now());
      })();
      return get(input.id);
    },
    delete(id) {
      const unit = get(id);
      const children = repo.countChildren(db, id);
      if (children > 0) {
        throw new AppError(
          'CONFLICT',
          `Không xóa được “${unit.name}”: còn ${children} đơn vị trực thuộc. ` +
            'Hãy chuyển hoặc xóa các đơn vị đó trước, hoặc ghi ngày hết hiệu lực thay cho việc xóa.',
        );
      }
      repo.deleteUnit(db, id);
      return { id };
    },
    kinds() {
      return repo
        .listUnitKinds(db)
        .map((k) => ({ code: k.code, name: k.name, isArmedForces: k.isArmedForces === 1 }));
    },
  };
}
