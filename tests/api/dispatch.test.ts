import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrate';
import { contract } from '../../shared/contract';
import { testApp } from '../helpers/app';

describe('dispatch: the contract at run time', () => {
  it('rejects an unknown method in Vietnamese', async () => {
    const { dispatch } = testApp();
    const result = await dispatch('units.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(!result.ok && result.error.message).toContain('Không có chức năng “units.drop”');
    expect(await dispatch('toString', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('names the invalid field by its Vietnamese label', async () => {
    const { dispatch } = testApp();
    const result = await dispatch('units.create', { name: '   ', kindCode: 'tinh' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain('“Tên đơn vị” (name)');
    expect(result.error.message).toContain('Không được để trống');
    expect(result.error.details).toEqual([
      { field: 'name', fieldLabel: 'Tên đơn vị', message: 'Không được để trống' },
    ]);
  });

  it('explains wrong types, bad dates, unknown fields and date order', async () => {
    const { dispatch } = testApp();
    const wrongType = await dispatch('units.create', { name: 5, kindCode: 'xa' });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/“Tên đơn vị”.*không hợp lệ/i);
    const badDate = await dispatch('units.create', {
      name: 'A',
      kindCode: 'xa',
      validFrom: '2021-02-30',
    });
    expect(!badDate.ok && badDate.error.message).toContain(
      '“Hiệu lực từ ngày” (validFrom): Ngày không hợp lệ',
    );
    const extra = await dispatch('units.create', { name: 'A', kindCode: 'xa', hack: 1 });
    expect(!extra.ok && extra.error.message).toContain('hack');
    const order = await dispatch('units.create', {
      name: 'A',
      kindCode: 'xa',
      validFrom: '2025-07-01',
      validTo: '2025-06-30',
    });
    expect(!order.ok && order.error.details?.[0]).toEqual({
      field: 'validTo',
      fieldLabel: 'Hiệu lực đến ngày',
      message: 'Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực',
    });
    const notObject = await dispatch('units.list', 'x');
    expect(notObject).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('calls the service and returns the output of the contract', async () => {
    const { dispatch } = testApp();
    const created = await dispatch('units.create', { name: 'Phường 1', kindCode: 'phuong' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Phường 1', kindName: 'Phường' } });
    const listed = await dispatch('units.list', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
    const info = await dispatch('app.info', {});
    expect(info).toMatchObject({
      ok: true,
      value: { schemaVersion: LATEST_SCHEMA_VERSION, mode: 'browser', appVersion: '0.0.0-test' },
    });
  });

  it('returns service errors as values and hides unexpected ones', async () => {
    const { services } = testApp();
    const logError = vi.fn();
    const handlers = createHandlers(services);
    const dispatch = createDispatcher(
      {
        ...handlers,
        'units.list': () => {
          throw new Error('SQLITE_IOERR secret path /home/x');
        },
      },
      { logError },
    );
    expect(await dispatch('units.get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị có mã số 42.' },
    });
    const internal = await dispatch('units.list', {});
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
    expect(logError).toHaveBeenCalledTimes(1);
  });

  it('every contract method has a Vietnamese summary and a handler', () => {
    const { services } = testApp();
    const handlers = createHandlers(services);
    for (const [name, spec] of Object.entries(contract)) {
      expect(spec.summary.length, name).toBeGreaterThan(5);
      expect(typeof (handlers as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
