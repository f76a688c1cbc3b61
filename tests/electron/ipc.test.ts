import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../electron/api/dispatch';
import {
  INVOKE_CHANNEL,
  isTrustedSender,
  registerIpc,
  type SenderFrame,
} from '../../electron/main/ipc';
import { createElectronMock } from './mock-electron';

const topFrame: SenderFrame = { url: 'app://tdkt/index.html#/units', parent: null };

describe('isTrustedSender', () => {
  it('accepts the top frame of our app://tdkt page', () => {
    expect(isTrustedSender(topFrame)).toBe(true);
    expect(isTrustedSender({ url: 'app://tdkt/', parent: null })).toBe(true);
  });

  it.each<[string, SenderFrame | null | undefined]>([
    ['a subframe of our page', { url: 'app://tdkt/index.html', parent: topFrame }],
    ['a page on https://evil.example', { url: 'https://evil.example/index.html', parent: null }],
    ['a file:// page', { url: 'file:///C:/Users/a/index.html', parent: null }],
    ['another app:// host', { url: 'app://evil/index.html', parent: null }],
    ['a look-alike host', { url: 'app://tdkt.evil.example/', parent: null }],
    ['an unparsable URL', { url: 'not a url', parent: null }],
    ['a destroyed frame (null)', null],
    ['no frame (undefined)', undefined],
  ])('rejects %s', (_name, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });
});

describe('registerIpc', () => {
  function setUp() {
    const { ipcMain } = createElectronMock();
    const dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, value: { id: 7 } }));
    registerIpc(ipcMain, dispatch);
    const handler = ipcMain.handlers.get(INVOKE_CHANNEL) as
      | ((
          event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
          method: unknown,
          input: unknown,
        ) => Promise<unknown>)
      | undefined;
    if (!handler) throw new Error(`no handler on ${INVOKE_CHANNEL}`);
    return { ipcMain, dispatch, handler };
  }
  const from = (frame: SenderFrame | null) =>
    ({ senderFrame: frame }) as Pick<IpcMainInvokeEvent, 'senderFrame'>;

  it('registers exactly one channel, tdkt:invoke', () => {
    const { ipcMain } = setUp();
    expect(INVOKE_CHANNEL).toBe('tdkt:invoke');
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
    expect([...ipcMain.handlers.keys()]).toEqual(['tdkt:invoke']);
  });

  it('passes calls from our window to dispatch and returns its result', async () => {
    const { dispatch, handler } = setUp();
    await expect(handler(from(topFrame), 'units.get', { id: 7 })).resolves.toEqual({
      ok: true,
      value: { id: 7 },
    });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('units.get', { id: 7 });
  });

  it('answers FORBIDDEN to a foreign frame without calling dispatch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { dispatch, handler } = setUp();
    const result = await handler(
      from({ url: 'https://evil.example/', parent: null }),
      'units.get',
      { id: 7 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/từ chối/);
    expect(dispatch).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('https://evil.example/'));
    warn.mockRestore();
  });

  it('answers FORBIDDEN to a subframe of our own page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { dispatch, handler } = setUp();
    const result = await handler(
      from({ url: 'app://tdkt/index.html', parent: topFrame }),
      'units.get',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('turns a non-string method name into a string for dispatch to reject', async () => {
    const { dispatch, handler } = setUp();
    await handler(from(topFrame), 42, undefined);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('42', undefined);
  });
});
