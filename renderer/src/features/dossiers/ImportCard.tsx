import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { AwardForm } from '../../../../shared/domain/award-form';
import type { DossierDetail } from '../../../../shared/domain/dossier';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { downloadFile } from './files';
import { ImportPreviewModal } from './ImportPreviewModal';
import { ImportProgress } from './ImportProgress';
import { dossiersMessages } from './messages.vi';
import { useExcelImport, type ExcelImport } from './use-excel-import';

const t = dossiersMessages.import;

/** “Nhập danh sách từ Excel”: the template, the drop zone, the reading progress and the preview. */
export function ImportCard({
  dossier,
  catalog,
}: {
  dossier: DossierDetail;
  catalog: readonly AwardForm[];
}) {
  const { message } = App.useApp();
  const excel = useExcelImport(dossier.id);
  const [templateError, setTemplateError] = useState<string | null>(null);
  const [templateBusy, setTemplateBusy] = useState(false);
  const disabled = dossier.movementId === null;

  const onTemplate = async () => {
    setTemplateError(null);
    setTemplateBusy(true);
    try {
      const file = await call(
        'imports.template',
        dossier.movementId ? { movementId: dossier.movementId } : {},
      );
      downloadFile(file);
      void message.success(t.templateDone(file.fileName));
    } catch (error) {
      setTemplateError(errorText(error));
    } finally {
      setTemplateBusy(false);
    }
  };

  const previewOpen = excel.preview !== null;

  return (
    <Card
      size="small"
      className="dossier-import"
      title={<h2 className="dossier-card-title">{t.title}</h2>}
      extra={
        <Button
          icon={<DownloadOutlined aria-hidden />}
          onClick={() => void onTemplate()}
          loading={templateBusy}
        >
          {t.template}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t.templateHint}</Typography.Text>
        {templateError ? (
          <Alert
            type="error"
            showIcon
            title={t.templateFailed}
            description={templateError}
            closable={{ onClose: () => setTemplateError(null) }}
          />
        ) : null}
        {disabled ? (
          <Alert type="info" showIcon title={dossiersMessages.nominations.noMovement} />
        ) : null}
        <ExcelDropZone excel={excel} disabled={disabled || excel.reading || excel.committing} />
        {!previewOpen ? <ImportProgress excel={excel} /> : null}
        {excel.error && !previewOpen ? (
          <Alert
            type="error"
            showIcon
            title={t.failed}
            description={excel.error}
            closable={{ onClose: excel.clearError }}
            className="import-error"
          />
        ) : null}
      </Flex>
      {excel.preview ? (
        <ImportPreviewModal
          excel={excel}
          preview={excel.preview}
          catalog={catalog}
          onCommitted={(n) => void message.success(t.committed(n))}
        />
      ) : null}
    </Card>
  );
}

function ExcelDropZone({ excel, disabled }: { excel: ExcelImport; disabled: boolean }) {
  return (
    <Upload.Dragger
      className="import-dropzone"
      // No `accept`: a wrong file still goes to the server, which says in Vietnamese what it is.
      showUploadList={false}
      multiple={false}
      disabled={disabled}
      beforeUpload={(file) => {
        void excel.read(file);
        return false;
      }}
    >
      <p className="ant-upload-drag-icon">
        <FileExcelOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t.drop}</p>
      <p className="ant-upload-hint">{t.dropHint}</p>
    </Upload.Dragger>
  );
}
