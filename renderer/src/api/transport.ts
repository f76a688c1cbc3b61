import type { Result, TdktBridge } from '../../../shared/contract';

declare global {
  interface Window {
    tdkt?: TdktBridge;
  }
}

const TOKEN_KEY = 'tdkt.token';

/**
 * Browser mode gets its access token in the URL fragment (`#token=…`), which is never sent to the
 * server or written to logs; we keep it for the tab and remove it from the address bar.
 */
export function captureTokenFromUrl(): void {
  const match = /^#token=([^&/]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  }
}

/** Sends one contract call over whichever transport this page runs on. */
export async function invoke(method: string, input: unknown): Promise<Result<unknown>> {
  if (window.tdkt) return window.tdkt.invoke(method, input);
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message:
          'Không kết nối được với chương trình. Hãy kiểm tra cửa sổ lệnh đang chạy TĐKT Desk.',
      },
    };
  }
  if (response.status === 401) {
    return {
      ok: false,
      error: {
        code: 'UNAUTHORIZED',
        message:
          'Phiên làm việc không hợp lệ. Hãy mở lại đường dẫn (có mã truy cập) mà TĐKT Desk in ra khi khởi động.',
      },
    };
  }
  return (await response.json()) as Result<unknown>;
}
