import { describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import type { QuotaBoard } from '../../shared/contract/quotas';
import type { Movement } from '../../shared/domain/movement';
import { MovementInput } from '../../shared/domain/movement';
import { BINH_THUAN_2021 } from '../../shared/presets/binh-thuan-2021';
import { testApp } from '../helpers/app';

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
};

const blank = {
  issuingBody: 'UBND xã Hòa Bình',
  title: 'Kế hoạch thi đua năm 2026',
  procedure: 'thuong',
  legalRegimeCode: 'luat2022_nd152',
} as const;

describe('movements (real SQLite file, through the dispatcher)', () => {
  it('refuses the Bình Thuận preset until some unit belongs to ngành Y tế, then creates it in full', async () => {
    const { dispatch } = testApp();
    const refused = await dispatch('movements.createFromPreset', { presetCode: 'binh_thuan_2021' });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toContain(
      'không có đơn vị nào thuộc ngành “Y tế”',
    );
    expect(value<unknown[]>(await dispatch('movements.list', {}))).toEqual([]);

    await dispatch('units.create', { name: 'Sở Y tế', kindCode: 'co_quan', sector: 'Y tế' });
    const movement = value<Movement>(
      await dispatch('movements.createFromPreset', { presetCode: 'binh_thuan_2021' }),
    );
    expect(movement.awardForms.map((f) => f.awardFormCode)).toEqual([
      'hc_lao_dong',
      'hc_chien_cong',
      'bk_thu_tuong',
      'bk_chu_tich_tinh',
    ]);
    expect(movement.quotaRules).toHaveLength(6);
    expect(movement.quotaRules[3]).toMatchObject({
      kind: 'proposal',
      scope: 'per_unit',
      limits: { combined: 1 },
      overrides: [{ sector: 'Y tế', limits: { tapThe: 2, caNhan: 2 } }],
      clause: 'mục IV.3',
    });
    expect(movement.deadlines[0]).toMatchObject({ date: '2021-11-30', inclusive: false });
    const board = value<QuotaBoard>(await dispatch('quotas.board', { movementId: movement.id }));
    expect(board.rules.map((r) => r.sentence).join('\n')).toContain('02 tập thể và 01 cá nhân');
  });

  it('rejects bad rules, periods and deadlines with the field named, and saves nothing', async () => {
    const { dispatch } = testApp();
    const cases: [unknown, string, string][] = [
      [
        {
          ...blank,
          awardForms: [{ awardFormCode: 'bk_chu_tich_tinh', subjectTypes: ['tap_the'] }],
          quotaRules: [
            {
              kind: 'proposal',
              scope: 'per_unit',
              awardFormCode: 'bk_chu_tich_tinh',
              limits: { tapThe: -1 },
              clause: 'mục 3',
            },
          ],
        },
        'quotaRules.0.limits.tapThe',
        'không được âm',
      ],
      [
        {
          ...blank,
          quotaRules: [
            { kind: 'proposal', scope: 'per_unit', limits: { caNhan: 1.5 }, clause: 'mục 3' },
          ],
        },
        'quotaRules.0.limits.caNhan',
        'số nguyên',
      ],
      [
        {
          ...blank,
          periods: [
            { code: 'dot1', name: 'Đợt 1', startDate: '2026-05-01', endDate: '2026-04-30' },
          ],
        },
        'periods.0.endDate',
        'kết thúc trước khi bắt đầu',
      ],
      [
        {
          ...blank,
          issuedDate: '2026-03-01',
          deadlines: [
            { kind: 'nop_ho_so', label: 'Nộp hồ sơ', date: '2026-02-01', inclusive: true },
          ],
        },
        'deadlines.0.date',
        'nằm ngoài thời gian',
      ],
      [
        {
          ...blank,
          quotaRules: [
            {
              kind: 'proposal',
              scope: 'per_unit',
              limits: { tapThe: 1 },
              overrides: [{ sector: 'Ngành không có', limits: { tapThe: 2 } }],
              clause: 'mục 3',
            },
          ],
        },
        'quotaRules.0.overrides.0.sector',
        'không có đơn vị nào thuộc ngành “Ngành không có”',
      ],
      [{ ...blank, legalRegimeCode: 'luat_bia' }, 'legalRegimeCode', 'Không có chế độ pháp lý'],
    ];
    for (const [input, field, text] of cases) {
      const result = await dispatch('movements.create', input);
      expect(result.ok, field).toBe(false);
      if (result.ok) continue;
      expect(
        result.error.details?.map((d) => d.field),
        field,
      ).toContain(field);
      expect(result.error.message, field).toContain(text);
    }
    expect(value<unknown[]>(await dispatch('movements.list', {}))).toEqual([]);
  });

  it('updates a movement, keeping rule ids in place, and refuses to delete one with nominations', async () => {
    const { dispatch } = testApp();
    const unit = value<{ id: number }>(
      await dispatch('units.create', { name: 'Sở Y tế', kindCode: 'co_quan', sector: 'Y tế' }),
    );
    const created = value<Movement>(
      await dispatch('movements.createFromPreset', { presetCode: 'binh_thuan_2021' }),
    );
    const input = MovementInput.parse(BINH_THUAN_2021.movement);
    const changedRules = input.quotaRules.map((r, i) =>
      i === 4 ? { ...r, limits: { tapThe: 3, caNhan: 1 } } : r,
    );
    const updated = value<Movement>(
      await dispatch('movements.update', {
        ...input,
        id: created.id,
        number: '123',
        quotaRules: changedRules,
      }),
    );
    expect(updated.number).toBe('123');
    expect(updated.quotaRules.map((r) => r.id)).toEqual(created.quotaRules.map((r) => r.id));
    expect(updated.quotaRules[4]?.limits).toEqual({ tapThe: 3, caNhan: 1 });

    value(
      await dispatch('nominations.create', {
        movementId: created.id,
        proposingUnitId: unit.id,
        awardFormCode: 'bk_chu_tich_tinh',
        subjectType: 'tap_the',
        fullName: 'Khoa Hồi sức tích cực',
      }),
    );
    const refused = await dispatch('movements.delete', { id: created.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('shows violations with citations on the quota board', async () => {
    const { dispatch } = testApp();
    await dispatch('units.create', { name: 'Sở Y tế', kindCode: 'co_quan', sector: 'Y tế' });
    const tuyPhong = value<{ id: number }>(
      await dispatch('units.create', { name: 'Huyện Tuy Phong', kindCode: 'huyen' }),
    );
    const movement = value<Movement>(
      await dispatch('movements.createFromPreset', { presetCode: 'binh_thuan_2021' }),
    );
    for (const name of [
      'Trạm Y tế xã Phan Dũng',
      'Công an xã Phong Phú',
      'Trường THCS Liên Hương',
    ]) {
      value(
        await dispatch('nominations.create', {
          movementId: movement.id,
          proposingUnitId: tuyPhong.id,
          awardFormCode: 'bk_chu_tich_tinh',
          subjectType: 'tap_the',
          fullName: name,
        }),
      );
    }
    const board = value<QuotaBoard>(await dispatch('quotas.board', { movementId: movement.id }));
    expect(board.nominationCount).toBe(3);
    expect(board.violations.map((v) => v.message)).toEqual([
      'Huyện Tuy Phong đề nghị 3 tập thể Bằng khen của Chủ tịch UBND tỉnh; Kế hoạch cho phép tối đa 02 (mục IV.3).',
    ]);
    const usage = board.usages.find((u) => u.unitId === tuyPhong.id);
    expect(usage).toMatchObject({ counts: { tap_the: 3, ca_nhan: 0 }, over: true });
  });

  it('validates nominations against the movement and the catalogue', async () => {
    const { dispatch } = testApp();
    const unit = value<{ id: number }>(
      await dispatch('units.create', { name: 'Xã A', kindCode: 'xa' }),
    );
    const movement = value<Movement>(
      await dispatch('movements.create', {
        ...blank,
        awardForms: [{ awardFormCode: 'giay_khen_chu_tich_xa', subjectTypes: ['ca_nhan'] }],
      }),
    );
    const bad = await dispatch('nominations.create', {
      movementId: movement.id,
      proposingUnitId: unit.id,
      awardFormCode: 'khong_co',
      subjectType: 'ca_nhan',
      fullName: 'Nguyễn Văn A',
    });
    expect(!bad.ok && bad.error.details?.[0]?.field).toBe('awardFormCode');
    const badPeriod = await dispatch('nominations.create', {
      movementId: movement.id,
      proposingUnitId: unit.id,
      awardFormCode: 'giay_khen_chu_tich_xa',
      subjectType: 'ca_nhan',
      fullName: 'Nguyễn Văn A',
      periodCode: 'dot9',
    });
    expect(!badPeriod.ok && badPeriod.error.details?.[0]?.field).toBe('periodCode');
  });

  it('loads the demo only into an empty database, all or nothing', async () => {
    const { dispatch } = testApp();
    expect(value(await dispatch('demo.status', {}))).toEqual({ available: true });
    const loaded = value<{ unitCount: number; movementId: number }>(
      await dispatch('demo.load', {}),
    );
    expect(loaded.unitCount).toBeGreaterThan(20);
    const movement = value<Movement>(await dispatch('movements.get', { id: loaded.movementId }));
    expect(movement.presetCode).toBe('binh_thuan_2021');
    expect(value(await dispatch('demo.status', {}))).toEqual({ available: false });
    expect(await dispatch('demo.load', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
