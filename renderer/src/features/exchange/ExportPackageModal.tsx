import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Dossier } from '../../../../shared/domain/dossier';
import { DOSSIER_STATUS_LABELS } from '../../../../shared/domain/dossier-labels';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { downloadFile } from '../dossiers/files';
import { dossierQueries } from '../dossiers/queries';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { movementQueries } from '../movements/queries';
import { exchangeMessages } from './messages.vi';

const t = exchangeMessages.export;
const FORM_ID = 'exchange-export-form';
const READY: readonly Dossier['status'][] = ['hop_le', 'trinh_hoi_dong'];

interface ExportValues {
  movementId?: number;
  recipient?: string;
  documentNumber?: string;
  documentDate?: string | null;
  includeIdNumber?: boolean;
}

/** “Xuất gói hồ sơ gửi cấp trên”: movement, dossiers, recipient, CCCD or not → a `.tdkt` download. */
export function ExportPackageModal({
  movementId: initialMovementId,
  onClose,
}: {
  movementId: number | undefined;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ExportValues>();
  const movementId = Form.useWatch('movementId', form) ?? initialMovementId;
  // The user's choice, for the movement it was made in; otherwise the movement's ready dossiers.
  const [choice, setChoice] = useState<{ movementId: number; ids: number[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const movements = useQuery(movementQueries.list());
  const movement = useQuery({
    ...movementQueries.detail(movementId ?? 0),
    enabled: movementId !== undefined,
  });
  const dossiers = useQuery({
    ...dossierQueries.list({
      movementId: movementId ?? 0,
      lateOnly: false,
      incompleteOnly: false,
    }),
    enabled: movementId !== undefined,
  });
  const rows = useMemo(
    () =>
      [...(dossiers.data ?? [])].sort(
        (a, b) => a.year - b.year || a.incomingNumber - b.incomingNumber,
      ),
    [dossiers.data],
  );

  const selected =
    choice !== null && choice.movementId === movementId
      ? choice.ids
      : rows.filter((d) => READY.includes(d.status)).map((d) => d.id);
  const setSelected = (ids: number[]) => {
    if (movementId !== undefined) setChoice({ movementId, ids });
  };

  // A new movement: suggest its issuer, usually the level above.
  useEffect(() => {
    const m = movement.data;
    if (m && !form.isFieldTouched('recipient')) {
      form.setFieldValue('recipient', m.issuingBody);
    }
  }, [movement.data, form]);

  const onFinish = async (values: ExportValues) => {
    if (values.movementId === undefined) return;
    if (selected.length === 0) {
      setError(t.dossiersRequired);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const file = await call('exchange.exportMovement', {
        movementId: values.movementId,
        dossierIds: selected,
        recipient: values.recipient ?? '',
        includeIdNumber: values.includeIdNumber ?? false,
        documentNumber: values.documentNumber?.trim() || null,
        documentDate: values.documentNumber?.trim() ? (values.documentDate ?? null) : null,
      });
      downloadFile(file);
      void message.success(t.done(file.fileName, file.dossierCount, file.nominationCount));
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={t.title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {exchangeMessages.cancel}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form={FORM_ID} loading={busy}>
          {t.submit}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.failed}
          description={error}
          style={{ marginBottom: 16 }}
          className="exchange-export-error"
        />
      ) : null}
      <Form<ExportValues>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={{ movementId: initialMovementId, includeIdNumber: false }}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={() => setError(null)}
      >
        <Form.Item
          name="movementId"
          label={t.movement}
          rules={[{ required: true, message: t.movementRequired }]}
        >
          <Select
            placeholder={t.movementPlaceholder}
            options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.title }))}
            showSearch={{
              filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
            }}
          />
        </Form.Item>
        {movementId !== undefined ? (
          <Form.Item label={t.dossiers} extra={t.dossiersHint}>
            <Table<Dossier>
              rowKey="id"
              size="small"
              aria-label={t.dossiers}
              pagination={false}
              scroll={{ y: 240 }}
              loading={dossiers.isPending}
              dataSource={rows}
              locale={{ emptyText: t.noDossiers }}
              rowSelection={{
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(Number)),
              }}
              columns={[
                {
                  title: t.columns.number,
                  key: 'number',
                  width: 90,
                  render: (_v, d) => `${d.incomingNumber}/${d.year}`,
                },
                { title: t.columns.unit, dataIndex: 'proposingUnitName' },
                {
                  title: t.columns.status,
                  dataIndex: 'status',
                  width: 150,
                  render: (s: Dossier['status']) => DOSSIER_STATUS_LABELS[s],
                },
                {
                  title: t.columns.count,
                  dataIndex: 'nominationCount',
                  width: 120,
                  align: 'right',
                },
              ]}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="recipient"
          label={t.recipient}
          rules={[{ required: true, whitespace: true, message: t.recipientRequired }]}
        >
          <Input placeholder={t.recipientPlaceholder} maxLength={300} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t.documentNumber} extra={t.documentHint}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="documentDate" label={t.documentDate} {...isoDateItemProps}>
          <DateInput />
        </Form.Item>
        <Form.Item name="includeIdNumber" valuePropName="checked">
          <Checkbox>{t.includeIdNumber}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
