// A sandboxed preload can require only Electron's renderer modules: import nothing else at runtime.
import { contextBridge, ipcRenderer } from 'electron';
import type { TdktBridge } from '../../shared/contract';

/** Same string as INVOKE_CHANNEL in electron/main/ipc.ts (a test keeps them equal). */
const INVOKE_CHANNEL = 'tdkt:invoke';

// One fixed function, never ipcRenderer itself: a page script cannot reach any other channel.
contextBridge.exposeInMainWorld('tdkt', {
  platform: 'electron',
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
} satisfies TdktBridge);
