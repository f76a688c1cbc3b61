import { describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import type { UnitCreate } from '../../shared/domain/unit';
import { testApp } from '../helpers/app';

const unit = (name: string, kindCode: string, extra: Partial<UnitCreate> = {}): UnitCreate => ({
  name,
  kindCode,
  ...extra,
});

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('units service (real SQLite file)', () => {
  it('builds a hierarchy and lists it in Vietnamese order with child counts', () => {
    const { services } = testApp();
    const tinh = services.units.create(unit('Tỉnh Bình Thuận', 'tinh'));
    const tuyPhong = services.units.create(unit('Huyện Tuy Phong', 'huyen', { parentId: tinh.id }));
    services.units.create(unit('Huyện Đức Linh', 'huyen', { parentId: tinh.id }));
    services.units.create(unit('Huyện Bắc Bình', 'huyen', { parentId: tinh.id }));
    services.units.create(unit('Xã Phan Dũng', 'xa', { parentId: tuyPhong.id }));
    const names = services.units.list({}).map((u) => u.name);
    expect(names).toEqual([
      'Huyện Bắc Bình',
      'Huyện Đức Linh',
      'Huyện Tuy Phong',
      'Tỉnh Bình Thuận',
      'Xã Phan Dũng',
    ]);
    expect(services.units.get(tinh.id).childCount).toBe(3);
    expect(services.units.get(tuyPhong.id)).toMatchObject({
      parentId: tinh.id,
      kindName: 'Huyện',
      childCount: 1,
    });
  });

  it('stores NFC text and searches ignoring marks, with đ as d', () => {
    const { services } = testApp();
    const created = services.units.create(
      unit('  Trường THCS Nguyễn Du '.normalize('NFD'), 'truong_hoc'),
    );
    services.units.create(unit('Huyện Đức Linh', 'huyen'));
    services.units.create(unit('Xã Phan Dũng', 'xa'));
    expect(created.name).toBe('Trường THCS Nguyễn Du');
    expect(created.name).toBe(created.name.normalize('NFC'));
    expect(services.units.list({ query: 'nguyen' }).map((u) => u.name)).toEqual([
      'Trường THCS Nguyễn Du',
    ]);
    expect(services.units.list({ query: 'DUC linh' }).map((u) => u.name)).toEqual([
      'Huyện Đức Linh',
    ]);
    expect(services.units.list({ query: 'đuc' }).map((u) => u.name)).toEqual(['Huyện Đức Linh']);
    expect(services.units.list({ query: 'Phan Dung' }).map((u) => u.name)).toEqual([
      'Xã Phan Dũng',
    ]);
    expect(services.units.list({ query: 'không có' })).toEqual([]);
  });

  it('updates fields and moves a unit to another parent', () => {
    const { services } = testApp();
    const a = services.units.create(unit('Tỉnh A', 'tinh'));
    const b = services.units.create(unit('Tỉnh B', 'tinh'));
    const x = services.units.create(unit('Xã X', 'xa', { parentId: a.id }));
    const moved = services.units.update({
      id: x.id,
      name: 'Xã X mới',
      kindCode: 'xa',
      parentId: b.id,
      sector: 'Giáo dục',
      code: '12345',
      validFrom: '2025-07-01',
      validTo: null,
    });
    expect(moved).toMatchObject({
      name: 'Xã X mới',
      parentId: b.id,
      sector: 'Giáo dục',
      code: '12345',
    });
    expect(services.units.get(a.id).childCount).toBe(0);
    expect(services.units.list({ query: 'x moi' })).toHaveLength(1);
  });

  it('refuses a parent that is the unit itself or one of its descendants', () => {
    const { services } = testApp();
    const a = services.units.create(unit('Tỉnh A', 'tinh'));
    const b = services.units.create(unit('Huyện B', 'huyen', { parentId: a.id }));
    const c = services.units.create(unit('Xã C', 'xa', { parentId: b.id }));
    const e = errorOf(() =>
      services.units.update({ id: a.id, name: 'Tỉnh A', kindCode: 'tinh', parentId: c.id }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/trực thuộc nó/);
    expect(services.units.get(a.id).parentId).toBeNull();
  });

  it('refuses a duplicate sibling name in the same period, allows it in another period', () => {
    const { services } = testApp();
    const p = services.units.create(unit('Tỉnh A', 'tinh'));
    services.units.create(unit('Xã Hòa Bình', 'xa', { parentId: p.id, validTo: '2025-06-30' }));
    const e = errorOf(() => services.units.create(unit('XÃ HOÀ BÌNH', 'xa', { parentId: p.id })));
    expect(e.code).toBe('CONFLICT');
    const later = services.units.create(
      unit('Xã Hòa Bình', 'xa', { parentId: p.id, validFrom: '2025-07-01' }),
    );
    expect(later.validFrom).toBe('2025-07-01');
  });

  it('refuses an unknown kind, a missing parent and a reused code', () => {
    const { services } = testApp();
    expect(errorOf(() => services.units.create(unit('A', 'khong_co'))).details?.[0]?.field).toBe(
      'kindCode',
    );
    expect(
      errorOf(() => services.units.create(unit('A', 'xa', { parentId: 999 }))).details?.[0]?.field,
    ).toBe('parentId');
    services.units.create(unit('A', 'xa', { code: '001' }));
    expect(errorOf(() => services.units.create(unit('B', 'xa', { code: '001' }))).code).toBe(
      'CONFLICT',
    );
  });

  it('refuses to delete a unit that still has children, deletes a leaf', () => {
    const { services } = testApp();
    const a = services.units.create(unit('Tỉnh A', 'tinh'));
    const b = services.units.create(unit('Huyện B', 'huyen', { parentId: a.id }));
    const e = errorOf(() => services.units.delete(a.id));
    expect(e.message).toMatch(/còn 1 đơn vị trực thuộc/);
    expect(services.units.delete(b.id)).toEqual({ id: b.id });
    expect(services.units.delete(a.id)).toEqual({ id: a.id });
    expect(services.units.list({})).toEqual([]);
    expect(errorOf(() => services.units.get(a.id)).code).toBe('NOT_FOUND');
  });

  it('creates many units all-or-nothing', () => {
    const { services } = testApp();
    const ok = services.units.createMany([unit('A', 'xa'), unit('B', 'xa')]);
    expect(ok).toHaveLength(2);
    expect(() => services.units.createMany([unit('C', 'xa'), unit('D', 'loai_sai')])).toThrow(
      AppError,
    );
    expect(services.units.list({}).map((u) => u.name)).toEqual(['A', 'B']);
  });

  it('lists the seeded unit kinds, armed forces marked', () => {
    const { services } = testApp();
    const kinds = services.units.kinds();
    expect(kinds.map((k) => k.code)).toEqual(
      expect.arrayContaining(['tinh', 'xa', 'phuong', 'dac_khu']),
    );
    expect(kinds.find((k) => k.code === 'luc_luong_vu_trang')?.isArmedForces).toBe(true);
    expect(kinds.find((k) => k.code === 'xa')?.isArmedForces).toBe(false);
  });
});
