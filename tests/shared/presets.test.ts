import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sql as m0001 } from '../../electron/core/db/migrations/0001-initial';
import { sql as m0002 } from '../../electron/core/db/migrations/0002-movements';
import { MovementInput } from '../../shared/domain/movement';
import { BINH_THUAN_2021 } from '../../shared/presets/binh-thuan-2021';
import { NGOC_HOI_2021 } from '../../shared/presets/ngoc-hoi-2021';
import { SOC_TRANG_2021 } from '../../shared/presets/soc-trang-2021';
import { THANH_OAI_2021 } from '../../shared/presets/thanh-oai-2021';
import { TU_KY_2021 } from '../../shared/presets/tu-ky-2021';
import type { MovementPreset } from '../../shared/presets/types';
import { normalizeText } from '../../shared/text/vietnamese';

const PRESETS: readonly MovementPreset[] = [
  BINH_THUAN_2021,
  SOC_TRANG_2021,
  THANH_OAI_2021,
  NGOC_HOI_2021,
  TU_KY_2021,
];

const KNOWN_FORM_CODES = [
  'hc_lao_dong',
  'hc_lao_dong_hang_ba',
  'hc_chien_cong',
  'co_thi_dua_chinh_phu',
  'bk_thu_tuong',
  'bk_chu_tich_tinh',
  'giay_khen_chu_tich_huyen',
  'giay_khen_chu_tich_xa',
  'giay_khen_thu_truong',
];

/** The catalogue as the migrations create it: form code → allowed subject types; regime codes. */
function catalogue(): { forms: Map<string, string[]>; regimes: Set<string> } {
  const db = new Database(':memory:');
  try {
    db.exec(m0001);
    db.exec(m0002);
    const forms = db
      .prepare('SELECT code, subject_types AS subjectTypes FROM award_forms')
      .all() as {
      code: string;
      subjectTypes: string;
    }[];
    const regimes = db.prepare('SELECT code FROM legal_regimes').all() as { code: string }[];
    return {
      forms: new Map(forms.map((f) => [f.code, JSON.parse(f.subjectTypes) as string[]])),
      regimes: new Set(regimes.map((r) => r.code)),
    };
  } finally {
    db.close();
  }
}

/** Every string inside a value, with its path. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const byCode = (p: MovementPreset, code: string) =>
  p.movement.awardForms?.find((f) => f.awardFormCode === code);

describe('movement presets', () => {
  it.each(PRESETS.map((p) => [p.code, p] as const))('%s parses as a MovementInput', (_, p) => {
    const result = MovementInput.safeParse(p.movement);
    expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
    // Parsing must not change the data (text already NFC and trimmed, nothing dropped).
    if (result.success) expect(result.data.title).toBe(p.movement.title);
  });

  it('have unique codes, their own presetCode, the 2021 legal regime and a seed file name', () => {
    expect(new Set(PRESETS.map((p) => p.code)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.movement.presetCode).toBe(p.code);
      expect(p.movement.legalRegimeCode).toBe('nd91_2017');
      expect(p.seedFile).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
    }
  });

  it('use only award forms and regimes of the catalogue, with subject types the form allows', () => {
    const { forms, regimes } = catalogue();
    expect([...forms.keys()]).toEqual(expect.arrayContaining(KNOWN_FORM_CODES));
    for (const p of PRESETS) {
      expect(regimes.has(p.movement.legalRegimeCode), p.code).toBe(true);
      const used = [
        ...(p.movement.awardForms ?? []).map((f) => f.awardFormCode),
        ...(p.movement.quotaRules ?? []).flatMap((r) => (r.awardFormCode ? [r.awardFormCode] : [])),
      ];
      for (const code of used) expect(KNOWN_FORM_CODES, `${p.code}: ${code}`).toContain(code);
      for (const f of p.movement.awardForms ?? []) {
        const allowed = forms.get(f.awardFormCode) ?? [];
        for (const s of f.subjectTypes) {
          expect(allowed, `${p.code}: ${f.awardFormCode} / ${s}`).toContain(s);
        }
      }
    }
  });

  it('hold only NFC text without stray whitespace', () => {
    for (const p of PRESETS) {
      for (const { path, text } of strings(p)) {
        expect(text === text.normalize('NFC'), `${p.code} ${path} is not NFC`).toBe(true);
        expect(text, `${p.code} ${path}`).toBe(normalizeText(text));
      }
    }
  });

  it('keep every deadline on or after the issue date', () => {
    for (const p of PRESETS) {
      const issued = p.movement.issuedDate;
      for (const d of p.movement.deadlines ?? []) {
        if (issued) expect(d.date >= issued, `${p.code}: ${d.label}`).toBe(true);
      }
    }
  });
});

describe('Sóc Trăng 2021', () => {
  it('has exactly the two đợt of mục III.2', () => {
    const periods = MovementInput.parse(SOC_TRANG_2021.movement).periods;
    expect(periods).toHaveLength(2);
    expect(periods[0]).toMatchObject({ startDate: '2021-09-09', endDate: '2021-12-31' });
    expect(periods[1]).toMatchObject({
      startDate: '2022-01-01',
      endDate: null,
      note: 'Sau ngày 31/12/2021 (tùy theo tình hình diễn biến của dịch bệnh)',
    });
  });

  it('sends dossiers to Sở Y tế, by the simplified procedure, without quotas', () => {
    const m = SOC_TRANG_2021.movement;
    expect(m.receivingBody).toMatch(/^Sở Y tế \(Thường trực Ban Chỉ đạo phòng, chống dịch/);
    expect(m.procedure).toBe('don_gian');
    expect(m.quotaRules ?? []).toEqual([]);
    expect((m.awardForms ?? []).map((f) => f.awardFormCode).sort()).toEqual([
      'bk_chu_tich_tinh',
      'giay_khen_thu_truong',
    ]);
  });
});

describe('Thanh Oai 2021', () => {
  it('is Kế hoạch số 61/KH-HĐTĐKT ngày 26/10/2021', () => {
    const m = THANH_OAI_2021.movement;
    expect(m).toMatchObject({
      number: '61',
      symbol: 'KH-HĐTĐKT',
      issuedDate: '2021-10-26',
      issuingBody: 'Hội đồng Thi đua - Khen thưởng huyện Thanh Oai',
      implementsPlan:
        'Kế hoạch số 09/KH-HĐTĐKT ngày 23/9/2021 của Hội đồng Thi đua - Khen thưởng Thành phố Hà Nội',
      procedure: 'don_gian',
    });
  });

  it('carries the whole routing matrix, one row per proposer', () => {
    const routes = THANH_OAI_2021.movement.routes ?? [];
    expect(routes.length).toBeGreaterThanOrEqual(9);
    expect(routes).toContainEqual(
      expect.objectContaining({ proposer: 'Trung tâm Y tế', routeTo: 'Sở Y tế Hà Nội' }),
    );
    expect(routes).toContainEqual(
      expect.objectContaining({ proposer: 'Công an huyện', routeTo: 'Công an Thành phố Hà Nội' }),
    );
    expect(new Set(routes.map((r) => r.proposer)).size).toBe(routes.length);
  });

  it('lists the six forms of mục IV.1 and no numeric quota', () => {
    const m = THANH_OAI_2021.movement;
    expect((m.awardForms ?? []).map((f) => f.awardFormCode)).toEqual([
      'hc_lao_dong',
      'bk_thu_tuong',
      'bk_chu_tich_tinh',
      'giay_khen_chu_tich_huyen',
      'giay_khen_chu_tich_xa',
      'giay_khen_thu_truong',
    ]);
    expect(m.quotaRules ?? []).toEqual([]);
  });
});

describe('Ngọc Hồi 2021', () => {
  it('gives Huân chương Lao động to cá nhân and Giấy khen of UBND xã to hộ gia đình', () => {
    expect(byCode(NGOC_HOI_2021, 'hc_lao_dong')?.subjectTypes).toEqual(
      expect.arrayContaining(['tap_the', 'ca_nhan']),
    );
    expect(byCode(NGOC_HOI_2021, 'giay_khen_chu_tich_xa')?.subjectTypes).toContain('ho_gia_dinh');
    expect(byCode(NGOC_HOI_2021, 'giay_khen_chu_tich_huyen')?.subjectTypes).toContain(
      'ho_gia_dinh',
    );
    expect(NGOC_HOI_2021.movement.implementsPlan).toBe(
      'Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của UBND tỉnh Kon Tum',
    );
  });
});

describe('Tứ Kỳ 2021', () => {
  it('is a draft without number or date, with the three forms of mục III.2', () => {
    const m = TU_KY_2021.movement;
    expect(m.number ?? null).toBeNull();
    expect(m.issuedDate ?? null).toBeNull();
    expect((m.awardForms ?? []).map((f) => f.awardFormCode)).toEqual([
      'hc_lao_dong',
      'bk_thu_tuong',
      'bk_chu_tich_tinh',
    ]);
    expect(m.implementsPlan).toBe(
      'Kế hoạch số 3396/KH-UBND ngày 15/9/2021 của UBND tỉnh Hải Dương',
    );
  });
});
