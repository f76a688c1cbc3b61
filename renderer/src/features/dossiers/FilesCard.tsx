import { ExportOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Space, Table, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { DossierDetail, DossierFile } from '../../../../shared/domain/dossier';
import { call } from '../../api/client';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { errorText } from '../../components/api-errors';
import { formatSize, MAX_FILE_BYTES, readAsBase64, showFile } from './files';
import { dossiersMessages } from './messages.vi';
import { useAttachFileMutation, useRemoveFileMutation } from './mutations';

const t = dossiersMessages.files;
const MAX_MB = MAX_FILE_BYTES / 1024 / 1024;

/** “dd/mm/yyyy hh:mm” of an ISO timestamp, in local time. */
function formatStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Scans attached to the dossier: stored with their SHA-256, opened on the person's machine. */
export function FilesCard({ dossier }: { dossier: DossierDetail }) {
  const { message } = App.useApp();
  const attach = useAttachFileMutation();
  const remove = useRemoveFileMutation();
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);

  const onFile = async (file: File) => {
    setError(null);
    if (file.size > MAX_FILE_BYTES) {
      setError(t.tooLarge(file.name, MAX_MB));
      return;
    }
    setUploading(file.name);
    try {
      const contentBase64 = await readAsBase64(file);
      await attach.mutateAsync({ dossierId: dossier.id, fileName: file.name, contentBase64 });
      void message.success(t.attached(file.name));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setUploading(null);
    }
  };

  const onOpen = async (file: DossierFile) => {
    setError(null);
    try {
      const { opened } = await call('dossiers.openFile', { fileId: file.id });
      // Browser mode: the server cannot open it here, so the browser shows or saves the bytes.
      if (!opened) showFile(await call('dossiers.fileContent', { fileId: file.id }));
    } catch (e) {
      setError(errorText(e));
    }
  };

  const onRemove = async (file: DossierFile) => {
    setError(null);
    try {
      await remove.mutateAsync(file.id);
      void message.success(t.removed(file.fileName));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Card size="small" title={<h2 className="dossier-card-title">{t.title}</h2>}>
      <Flex vertical gap={12}>
        <Upload.Dragger
          multiple
          showUploadList={false}
          disabled={uploading !== null}
          beforeUpload={(file) => {
            void onFile(file);
            // The API takes the bytes itself: nothing is sent by the Upload component.
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{uploading ? t.uploading(uploading) : t.drop}</p>
          <p className="ant-upload-hint">{t.dropHint(MAX_MB)}</p>
        </Upload.Dragger>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={t.failed}
            description={error}
            closable={{ onClose: () => setError(null) }}
          />
        ) : null}
        <Table<DossierFile>
          className="dossier-files"
          aria-label={t.tableLabel}
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={dossier.files}
          locale={{ emptyText: t.empty }}
          columns={[
            {
              key: 'name',
              title: t.columns.name,
              render: (_v, f) => (
                <Flex vertical gap={0}>
                  <span className="dossier-file-name">{f.fileName}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t.meta(formatSize(f.size), formatStamp(f.addedAt))}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'sha',
              title: t.columns.sha,
              width: 96,
              render: (_v, f) => (
                <Tooltip title={t.shaFull(f.sha256)}>
                  <Typography.Text code tabIndex={0} aria-label={t.shaFull(f.sha256)}>
                    {f.sha256.slice(0, 8)}
                  </Typography.Text>
                </Tooltip>
              ),
            },
            {
              key: 'actions',
              title: t.columns.actions,
              width: 116,
              render: (_v, f) => (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    icon={<ExportOutlined aria-hidden />}
                    aria-label={t.openLabel(f.fileName)}
                    onClick={() => void onOpen(f)}
                  >
                    {t.open}
                  </Button>
                  <ConfirmDeleteButton
                    text={t.remove}
                    label={t.removeLabel(f.fileName)}
                    confirmTitle={t.removeConfirm}
                    confirmBody={f.fileName}
                    cancelText={dossiersMessages.cancel}
                    onConfirm={() => void onRemove(f)}
                  />
                </Space>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
