import { CloudDownloadOutlined, SaveOutlined, UploadOutlined } from '@ant-design/icons';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  InputNumber,
  Space,
  Table,
  Typography,
  Upload,
  type TableColumnsType,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  MAX_BACKUP_KEEP,
  type BackupEntry,
  type BackupKind,
  type RestoreResult,
} from '../../../../shared/contract/backup';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { downloadFile, readAsBase64 } from '../dossiers/files';

/** The HTTP server takes 20 MB per request; base64 makes a file a third larger. */
const MAX_UPLOAD_BYTES = 14 * 1024 * 1024;

const t = {
  title: 'Sao lưu và phục hồi',
  recoveryTitle: 'Cơ sở dữ liệu cần được phục hồi',
  auto: (keep: number) =>
    `Tự động sao lưu khi mở chương trình (mỗi ngày một lần) và khi đóng chương trình nếu dữ liệu đã thay đổi; giữ lại ${keep} bản gần nhất.`,
  folder: 'Thư mục sao lưu:',
  keepLabel: 'Số bản sao lưu giữ lại',
  keepSave: 'Áp dụng',
  keepSaved: (keep: number) => `Đã lưu: giữ lại ${keep} bản sao lưu gần nhất.`,
  backupNow: 'Sao lưu ngay',
  backedUp: (name: string) => `Đã sao lưu: ${name}`,
  restoreFile: 'Phục hồi từ tệp…',
  restoreFileHint: `Tệp sao lưu (.sqlite) tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; bản lớn hơn hãy chép vào thư mục sao lưu rồi chọn trong danh sách.`,
  tooLarge: (name: string) =>
    `Tệp “${name}” lớn hơn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: hãy chép vào thư mục sao lưu rồi phục hồi từ danh sách.`,
  tableLabel: 'Danh sách bản sao lưu',
  empty: 'Chưa có bản sao lưu nào.',
  colTime: 'Thời điểm',
  colKind: 'Loại',
  colSize: 'Dung lượng',
  colActions: 'Thao tác',
  download: 'Tải về',
  restore: 'Phục hồi',
  confirmTitle: (name: string) => `Phục hồi dữ liệu từ “${name}”?`,
  confirmBody:
    'Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu của bản sao lưu này. Trước khi thay, dữ liệu hiện tại được tự động sao lưu (loại “Trước khi phục hồi”) nên vẫn có thể lấy lại. Tệp được kiểm tra toàn vẹn và phiên bản trước; nếu không đạt, dữ liệu hiện tại không bị thay đổi.',
  confirmOk: 'Phục hồi',
  cancel: 'Hủy',
  restored: (r: RestoreResult) =>
    `Đã phục hồi từ “${r.restoredFrom}”.` +
    (r.previousBackup ? ` Dữ liệu trước đó được giữ tại “${r.previousBackup}”.` : ''),
  failed: 'Không thực hiện được',
  kinds: {
    start: 'Khi mở chương trình',
    close: 'Khi đóng chương trình',
    manual: 'Sao lưu thủ công',
    'before-restore': 'Trước khi phục hồi',
    damaged: 'Dữ liệu hỏng (giữ lại)',
  } satisfies Record<BackupKind, string>,
};

const backupQueries = {
  all: () => ['backup'] as const,
  overview: () =>
    queryOptions({
      queryKey: [...backupQueries.all(), 'overview'] as const,
      queryFn: () => call('backup.list', {}),
    }),
};

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Backups of the database in Cài đặt: list, back up now, download, restore (after confirmation). */
export function BackupPanel() {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const overview = useQuery(backupQueries.overview());
  const [error, setError] = useState<string | null>(null);
  const [keep, setKeep] = useState<number | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: backupQueries.all() });
  const create = useMutation({
    mutationFn: () => call('backup.create', {}),
    onSuccess: () => refresh(),
  });
  const saveKeep = useMutation({
    mutationFn: (value: number) => call('backupSettings.update', { keep: value }),
    onSuccess: () => refresh(),
  });
  const restore = useMutation({
    mutationFn: (
      source: { name: string } | { fileName: string; contentBase64: string },
    ): Promise<RestoreResult> =>
      'name' in source ? call('backup.restore', source) : call('backup.restoreUpload', source),
    // Every screen shows other data now.
    onSuccess: () => queryClient.invalidateQueries(),
  });

  const run = async (action: () => Promise<string>) => {
    setError(null);
    try {
      void message.success(await action());
    } catch (e) {
      setError(errorText(e));
    }
  };

  const confirmRestore = (
    label: string,
    source: { name: string } | { fileName: string; contentBase64: string },
  ) => {
    modal.confirm({
      title: t.confirmTitle(label),
      content: t.confirmBody,
      okText: t.confirmOk,
      okButtonProps: { danger: true },
      cancelText: t.cancel,
      onOk: () => run(async () => t.restored(await restore.mutateAsync(source))),
    });
  };

  const onFile = async (file: File) => {
    setError(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError(t.tooLarge(file.name));
      return;
    }
    try {
      confirmRestore(file.name, { fileName: file.name, contentBase64: await readAsBase64(file) });
    } catch (e) {
      setError(errorText(e));
    }
  };

  const columns: TableColumnsType<BackupEntry> = [
    {
      title: t.colTime,
      dataIndex: 'createdAt',
      render: (value: string) => dayjs(value).format('DD/MM/YYYY HH:mm:ss'),
    },
    { title: t.colKind, dataIndex: 'kind', render: (kind: BackupKind) => t.kinds[kind] },
    { title: t.colSize, dataIndex: 'size', align: 'right', render: formatSize },
    {
      title: t.colActions,
      key: 'actions',
      render: (_, entry) => (
        <Space>
          <Button
            size="small"
            icon={<CloudDownloadOutlined aria-hidden />}
            onClick={() =>
              void run(async () => {
                downloadFile(await call('backup.download', { name: entry.name }));
                return entry.name;
              })
            }
          >
            {t.download}
          </Button>
          <Button
            size="small"
            danger
            disabled={restore.isPending}
            onClick={() => confirmRestore(entry.name, { name: entry.name })}
          >
            {t.restore}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t.title} style={{ marginTop: 16 }}>
      {overview.isPending ? null : overview.isError ? (
        <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          {overview.data.recoveryMessage ? (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t.recoveryTitle}
              description={overview.data.recoveryMessage}
            />
          ) : null}
          <Typography.Paragraph style={{ margin: 0 }}>
            {t.auto(overview.data.keep)}
            <br />
            {t.folder} <Typography.Text code>{overview.data.folder}</Typography.Text>
          </Typography.Paragraph>
          <Flex gap={8} wrap align="center">
            <Button
              type="primary"
              icon={<SaveOutlined aria-hidden />}
              loading={create.isPending}
              disabled={overview.data.recoveryMessage !== null}
              onClick={() => void run(async () => t.backedUp((await create.mutateAsync()).name))}
            >
              {t.backupNow}
            </Button>
            <Upload
              accept=".sqlite,.db"
              showUploadList={false}
              beforeUpload={(file) => {
                void onFile(file);
                // The API takes the bytes itself: nothing is sent by the Upload component.
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />}>{t.restoreFile}</Button>
            </Upload>
            <label>
              {t.keepLabel}{' '}
              <InputNumber
                aria-label={t.keepLabel}
                min={1}
                max={MAX_BACKUP_KEEP}
                precision={0}
                value={keep ?? overview.data.keep}
                onChange={(value) => setKeep(value)}
              />
            </label>
            <Button
              loading={saveKeep.isPending}
              disabled={keep === null || keep === overview.data.keep}
              onClick={() =>
                void run(async () => {
                  const saved = await saveKeep.mutateAsync(keep ?? overview.data.keep);
                  setKeep(null);
                  return t.keepSaved(saved.keep);
                })
              }
            >
              {t.keepSave}
            </Button>
          </Flex>
          <Typography.Text type="secondary">{t.restoreFileHint}</Typography.Text>
          {error ? (
            <Alert
              type="error"
              showIcon
              title={t.failed}
              description={error}
              closable={{ onClose: () => setError(null) }}
            />
          ) : null}
          <Table<BackupEntry>
            aria-label={t.tableLabel}
            rowKey="name"
            size="small"
            pagination={false}
            dataSource={overview.data.backups}
            columns={columns}
            locale={{ emptyText: t.empty }}
          />
        </Flex>
      )}
    </Card>
  );
}
