import { formatDateVi } from '../../../../shared/domain/dates';
import type { Unit } from '../../../../shared/domain/unit';
import { sortVi } from '../../../../shared/text/vietnamese';

/** The flat list from `units.list`, indexed as a hierarchy (children in Vietnamese order). */
export interface UnitIndex {
  readonly byId: ReadonlyMap<number, Unit>;
  /** Children by parent id; `null` holds the top level. */
  readonly children: ReadonlyMap<number | null, readonly Unit[]>;
}

export function indexUnits(units: readonly Unit[]): UnitIndex {
  const byId = new Map(units.map((u) => [u.id, u]));
  const groups = new Map<number | null, Unit[]>();
  for (const unit of units) {
    // A parent missing from the list (should not happen) must not hide its children.
    const parentId = unit.parentId !== null && byId.has(unit.parentId) ? unit.parentId : null;
    const group = groups.get(parentId);
    if (group) group.push(unit);
    else groups.set(parentId, [unit]);
  }
  const children = new Map<number | null, readonly Unit[]>();
  for (const [parentId, group] of groups)
    children.set(
      parentId,
      sortVi(group, (u) => u.name),
    );
  return { byId, children };
}

export function childrenOf(index: UnitIndex, parentId: number | null): readonly Unit[] {
  return index.children.get(parentId) ?? [];
}

/** From the top-level unit down to the direct parent (the unit itself excluded). */
export function ancestorsOf(index: UnitIndex, id: number): Unit[] {
  const path: Unit[] = [];
  const seen = new Set<number>([id]);
  let parentId = index.byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = index.byId.get(parentId);
    if (!parent) break;
    path.unshift(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return path;
}

export const PATH_SEPARATOR = ' › ';

/** “Tỉnh Bình Thuận › Huyện Tuy Phong”: where a unit sits, for search results. */
export function parentPath(index: UnitIndex, id: number): string {
  return ancestorsOf(index, id)
    .map((u) => u.name)
    .join(PATH_SEPARATOR);
}

/** The unit and everything under it (a unit cannot be moved under one of these). */
export function selfAndDescendants(index: UnitIndex, id: number): Set<number> {
  const result = new Set<number>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (result.has(current)) continue;
    result.add(current);
    for (const child of childrenOf(index, current)) stack.push(child.id);
  }
  return result;
}

/** Expired: its last valid day is before `today` (ISO dates compare as text). */
export function isExpired(unit: Pick<Unit, 'validTo'>, today: string): boolean {
  return unit.validTo !== null && unit.validTo < today;
}

export function isNotYetValid(unit: Pick<Unit, 'validFrom'>, today: string): boolean {
  return unit.validFrom !== null && unit.validFrom > today;
}

/**
 * Units to show when expired units are hidden: every unit still valid, plus its ancestors even
 * if they expired, so a commune kept under an abolished district stays reachable in the tree.
 */
export function visibleWithoutExpired(index: UnitIndex, today: string): Set<number> {
  const visible = new Set<number>();
  for (const unit of index.byId.values()) {
    if (isExpired(unit, today)) continue;
    visible.add(unit.id);
    for (const ancestor of ancestorsOf(index, unit.id)) visible.add(ancestor.id);
  }
  return visible;
}

/** `01/01/2021 – 30/06/2025`; an open end is shown as “…”. Empty when both ends are open. */
export function formatValidity(unit: Pick<Unit, 'validFrom' | 'validTo'>): string {
  if (unit.validFrom === null && unit.validTo === null) return '';
  const from = unit.validFrom ? formatDateVi(unit.validFrom) : '…';
  const to = unit.validTo ? formatDateVi(unit.validTo) : '…';
  return `${from} – ${to}`;
}

/** Distinct sectors already used, for suggestions in the form. */
export function knownSectors(units: readonly Unit[]): string[] {
  const sectors = new Set<string>();
  for (const unit of units) if (unit.sector) sectors.add(unit.sector);
  return sortVi([...sectors], (s) => s);
}
