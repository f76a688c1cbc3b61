import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDir, isInside } from '../../electron/core/paths';

/** electron-builder's own loader and schema check (the same code `npm run dist` runs first). */
interface BuilderConfigApi {
  getConfig(projectDir: string, configPath: string): Promise<Configuration>;
  validateConfiguration(
    config: Configuration,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>;
}
const requireFromBuilder = createRequire(
  createRequire(import.meta.url).resolve('electron-builder/package.json'),
);
const builder = requireFromBuilder('app-builder-lib/out/util/config/config') as BuilderConfigApi;
const quietLogger = { isEnabled: false, add: () => undefined };

const projectDir = path.resolve(import.meta.dirname, '..', '..');
let config: Configuration;

beforeAll(async () => {
  config = await builder.getConfig(projectDir, path.join(projectDir, 'electron-builder.yml'));
});

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(builder.validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
    // The check is real: a misspelt option is refused.
    await expect(
      builder.validateConfiguration(
        { ...config, nsis: { ...config.nsis, perUser: true } as never },
        quietLogger,
      ),
    ).rejects.toThrow(/Invalid configuration/);
  });

  it('identifies the product', () => {
    expect(config.appId).toBe('vn.tdkt.desk');
    expect(config.productName).toBe('TĐKT Desk');
    expect(config.directories?.output).toBe('release');
  });

  it('builds a per-user NSIS installer that never asks for administrator rights, in Vietnamese', () => {
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['vi_VN'],
      language: '1066',
      createDesktopShortcut: true,
      shortcutName: 'TĐKT Desk',
      artifactName: 'TDKT-Desk-Setup-${version}.${ext}',
    });
  });

  it('keeps the user’s data on uninstall and upgrade: never deleted, outside the install folder', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
    // No custom GUID: the one derived from the fixed appId identifies earlier versions on upgrade.
    expect(config.nsis?.guid).toBeUndefined();
    expect(config.appId).toBe('vn.tdkt.desk');
    const env = {
      APPDATA: 'C:\\Users\\Lan\\AppData\\Roaming',
      LOCALAPPDATA: 'C:\\Users\\Lan\\AppData\\Local',
    };
    const dataDir = defaultDataDir('win32', env, 'C:\\Users\\Lan');
    expect(dataDir).toBe('C:\\Users\\Lan\\AppData\\Roaming\\TDKT Desk');
    // Where a per-user NSIS installer puts the program by default.
    const installDir = path.win32.join(env.LOCALAPPDATA, 'Programs', 'tdkt-desk');
    expect(isInside(installDir, dataDir, path.win32)).toBe(false);
    expect(isInside(dataDir, installDir, path.win32)).toBe(false);
  });

  it('unpacks and rebuilds the native SQLite module', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).not.toBe(false);
    expect(config.asar).not.toBe(false);
  });

  it('packages the build output and the resources folder', () => {
    // getConfig normalises the list into one file set; node_modules deps are added by electron-builder.
    expect(config.files).toEqual([{ filter: ['dist/**/*', 'package.json'] }]);
    expect(config.extraResources).toEqual([{ from: 'resources/', to: 'resources' }]);
  });

  it('turns off the Electron fuses a packaged app does not need', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});
