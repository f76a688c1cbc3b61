import { z } from 'zod';
import { method } from './define';

export const AppInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataDir: z.string(),
  databasePath: z.string(),
  mode: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appContract = {
  'app.info': method(
    'Thông tin phiên bản, nơi lưu dữ liệu và chế độ chạy',
    z.strictObject({}),
    AppInfo,
  ),
} as const;
