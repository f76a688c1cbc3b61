import type { App, Session } from 'electron';

/**
 * The window only ever shows our own pages: no navigation, no redirects, no <webview>, no new
 * windows, no browser permissions (camera, notifications…). We have no external links, so nothing
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
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
