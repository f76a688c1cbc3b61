import type { App, Session } from 'electron';

/** Writing plain text to the clipboard ("copy" buttons); reading it stays refused. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);
const isAllowedPermission = (permission: string) => ALLOWED_PERMISSIONS.has(permission);

/**
 * The window only ever shows our own pages: no navigation, no redirects, no <webview>, no new
 * windows, no browser permissions but clipboard writes (no camera, notifications…). We have no external links, so nothing
 * here hands a URL to the operating system's browser.
 */
export function installSecurity(
  app: Pick<App, 'on'>,
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isAllowedPermission(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
}
