import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../electron/main/ipc';
import type { TdktBridge } from '../../shared/contract';
import { createElectronMock, type ElectronMock } from './mock-electron';

const electron: ElectronMock = createElectronMock();
vi.mock('electron', () => electron);

let bridge: TdktBridge;

beforeAll(async () => {
  await import('../../electron/preload/index');
  bridge = electron.contextBridge.exposed.get('tdkt') as TdktBridge;
});

describe('preload', () => {
  it('exposes only { platform, invoke } as window.tdkt', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['tdkt']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'platform']);
    expect(bridge.platform).toBe('electron');
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer);
    expect(Object.values(bridge)).not.toContain(electron.ipcRenderer.invoke);
  });

  it('invoke sends on the channel the main process listens to', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: ['x'] });
    await expect(bridge.invoke('units.list', { q: 'Sở' })).resolves.toEqual({
      ok: true,
      value: ['x'],
    });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNEL, 'units.list', {
      q: 'Sở',
    });
  });

  it('bundles to a script that requires nothing but electron (a sandboxed preload can load nothing else)', async () => {
    const result = await build({
      entryPoints: ['electron/preload/index.ts'],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0];
    expect(output?.imports.map((entry) => entry.path)).toEqual(['electron']);
    expect(Object.keys(result.metafile.inputs)).toEqual(['electron/preload/index.ts']);
  });
});
