import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql as m0001 } from '../../electron/core/db/migrations/0001-initial';
import { BINH_THUAN_UNITS } from '../../electron/core/demo/binh-thuan-units';
import { UnitCreateInput } from '../../shared/domain/unit';
import { normalizeText } from '../../shared/text/vietnamese';

const DISTRICT_KINDS = ['huyen', 'thi_xa', 'thanh_pho_thuoc_tinh'];

function unitKindCodes(): Set<string> {
  const db = new Database(':memory:');
  try {
    db.exec(m0001);
    const rows = db.prepare('SELECT code FROM unit_kinds').all() as { code: string }[];
    return new Set(rows.map((r) => r.code));
  } finally {
    db.close();
  }
}

const unit = (key: string) => BINH_THUAN_UNITS.find((u) => u.key === key);

describe('Bình Thuận demo units', () => {
  it('have unique keys and names', () => {
    const keys = BINH_THUAN_UNITS.map((u) => u.key);
    expect(new Set(keys).size).toBe(keys.length);
    const names = BINH_THUAN_UNITS.map((u) => u.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('name parents that exist and come first (the loader creates them in order)', () => {
    const seen = new Set<string>();
    for (const u of BINH_THUAN_UNITS) {
      if (u.parentKey !== null) expect(seen, `${u.key} → ${u.parentKey}`).toContain(u.parentKey);
      seen.add(u.key);
    }
    expect(BINH_THUAN_UNITS.filter((u) => u.parentKey === null).map((u) => u.key)).toEqual([
      'tinh_binh_thuan',
    ]);
  });

  it('have the province as root, ended with the 2025 merger', () => {
    expect(unit('tinh_binh_thuan')).toMatchObject({
      name: 'UBND tỉnh Bình Thuận',
      kindCode: 'tinh',
      validTo: '2025-06-30',
    });
  });

  it('have exactly the 10 district-level units of 2021 under the province', () => {
    const districts = BINH_THUAN_UNITS.filter(
      (u) => u.parentKey === 'tinh_binh_thuan' && DISTRICT_KINDS.includes(u.kindCode),
    );
    expect(districts).toHaveLength(10);
    expect(
      districts.filter((u) => u.kindCode === 'thanh_pho_thuoc_tinh').map((u) => u.name),
    ).toEqual(['UBND thành phố Phan Thiết']);
    expect(districts.filter((u) => u.kindCode === 'thi_xa').map((u) => u.name)).toEqual([
      'UBND thị xã La Gi',
    ]);
    for (const d of districts) expect(d.validTo, d.name).toBe('2025-06-30');
  });

  it('give Sở Y tế and its hospitals the sector "Y tế"', () => {
    expect(unit('so_y_te')).toMatchObject({ name: 'Sở Y tế', kindCode: 'co_quan', sector: 'Y tế' });
    const health = BINH_THUAN_UNITS.filter((u) => u.parentKey === 'so_y_te');
    expect(health.length).toBeGreaterThanOrEqual(2);
    for (const u of health) expect(u).toMatchObject({ kindCode: 'co_so_y_te', sector: 'Y tế' });
  });

  it('use only unit kinds of the 0001 migration', () => {
    const kinds = unitKindCodes();
    for (const u of BINH_THUAN_UNITS)
      expect(kinds, `${u.key}: ${u.kindCode}`).toContain(u.kindCode);
  });

  it('are valid unit inputs with NFC text', () => {
    for (const u of BINH_THUAN_UNITS) {
      const result = UnitCreateInput.safeParse({
        name: u.name,
        kindCode: u.kindCode,
        sector: u.sector,
        validTo: u.validTo,
      });
      expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
      for (const text of [u.name, u.sector ?? '']) {
        expect(text === text.normalize('NFC'), `${u.key}: ${text}`).toBe(true);
        expect(text).toBe(normalizeText(text));
      }
    }
  });
});
