import { z } from 'zod';
import { method } from './define';

/** Why a backup was made: shown in the list, part of the file name. */
export const BACKUP_KINDS = ['start', 'close', 'manual', 'before-restore', 'damaged'] as const;
export const BackupKind = z.enum(BACKUP_KINDS);
export type BackupKind = z.infer<typeof BackupKind>;

export const DEFAULT_BACKUP_KEEP = 10;
export const MAX_BACKUP_KEEP = 100;

export const BackupEntry = z.object({
  name: z.string(),
  kind: BackupKind,
  createdAt: z.string(),
  size: z.number().int(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupSettings = z.strictObject({
  keep: z
    .number({ error: 'Số bản sao lưu giữ lại phải là một số.' })
    .int({ error: 'Số bản sao lưu giữ lại phải là số nguyên.' })
    .min(1, { error: 'Phải giữ lại ít nhất 1 bản sao lưu.' })
    .max(MAX_BACKUP_KEEP, { error: `Chỉ giữ lại tối đa ${MAX_BACKUP_KEEP} bản sao lưu.` })
    .meta({ title: 'Số bản sao lưu giữ lại' }),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const BackupOverview = z.object({
  folder: z.string(),
  keep: z.number().int(),
  /** Set when the database could not be opened or failed its check at start. */
  recoveryMessage: z.string().nullable(),
  backups: z.array(BackupEntry),
});
export type BackupOverview = z.infer<typeof BackupOverview>;

const backupName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'Tên bản sao lưu không hợp lệ.' })
  .meta({ title: 'Bản sao lưu' });

export const RestoreResult = z.object({
  restoredFrom: z.string(),
  /** The backup of the data that was replaced (null if there was no database file). */
  previousBackup: z.string().nullable(),
  schemaVersion: z.number().int(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

const FileContent = z.object({ fileName: z.string(), contentBase64: z.string() });

export const backupContract = {
  'backup.list': method(
    'Danh sách bản sao lưu, thư mục lưu và tình trạng cơ sở dữ liệu',
    z.strictObject({}),
    BackupOverview,
  ),
  'backup.create': method('Sao lưu ngay', z.strictObject({}), BackupEntry),
  'backup.download': method(
    'Tải về một bản sao lưu',
    z.strictObject({ name: backupName }),
    FileContent,
  ),
  'backup.restore': method(
    'Phục hồi từ một bản sao lưu trong thư mục sao lưu (dữ liệu hiện tại được sao lưu trước)',
    z.strictObject({ name: backupName }),
    RestoreResult,
  ),
  'backup.restoreUpload': method(
    'Phục hồi từ một tệp sao lưu gửi lên (dữ liệu hiện tại được sao lưu trước)',
    z.strictObject({
      fileName: z.string().min(1).max(260).meta({ title: 'Tên tệp' }),
      contentBase64: z.string().min(1).meta({ title: 'Nội dung tệp' }),
    }),
    RestoreResult,
  ),
  'backupSettings.get': method('Cài đặt sao lưu tự động', z.strictObject({}), BackupSettings),
  'backupSettings.update': method('Lưu cài đặt sao lưu tự động', BackupSettings, BackupSettings),
} as const;
