import type { IpcMain } from 'electron';
import type { Result } from '../../shared/contract';
import type { Dispatch } from '../api/dispatch';
import { APP_HOST, APP_SCHEME } from './protocol';

/** The only IPC channel: every contract call goes through it (the preload repeats this string). */
export const INVOKE_CHANNEL = 'tdkt:invoke';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

/** Only the top frame of a page we serve (app://tdkt/…) may call the API — not iframes, not other origins. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame || frame.parent !== null) return false;
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: 'Yêu cầu bị từ chối: chỉ cửa sổ chính của TĐKT Desk mới được gọi chức năng này.',
  },
};

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  ipcMain.handle(
    INVOKE_CHANNEL,
    (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        console.warn(`[ipc] Từ chối lời gọi từ ${event.senderFrame?.url ?? '(khung đã đóng)'}`);
        return Promise.resolve(FORBIDDEN);
      }
      return dispatch(String(method), input);
    },
  );
}
