import { InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Modal,
  Select,
  Spin,
  Table,
  Tag,
  Upload,
} from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../shared/domain/dates';
import type { ExchangePreview } from '../../../../shared/domain/exchange';
import { matchesSearch, sortVi } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { formatSize, readAsBase64 } from '../dossiers/files';
import { dossierQueries } from '../dossiers/queries';
import { movementQueries } from '../movements/queries';
import { unitQueries } from '../units/queries';
import { exchangeMessages } from './messages.vi';

const t = exchangeMessages.receive;

interface Picked {
  fileName: string;
  contentBase64: string;
}

/** Options with the server's name matches first, marked (exact or similar). */
function withCandidates(
  items: readonly { id: number; label: string }[],
  candidates: ExchangePreview['movementCandidates'],
) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const label = (i: { id: number; label: string }) => {
    const c = byId.get(i.id);
    return c ? `${i.label} (${c.exact ? t.suggested : t.similar})` : i.label;
  };
  return [
    ...candidates.flatMap((c) => items.filter((i) => i.id === c.id)),
    ...items.filter((i) => !byId.has(i.id)),
  ].map((i) => ({ value: i.id, label: label(i) }));
}

/** “Nhận gói hồ sơ”: upload → checks and preview with the mapping → Nhận (all or nothing). */
export function ReceivePackageModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const movements = useQuery(movementQueries.list());
  const units = useQuery(unitQueries.list());
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<ExchangePreview | null>(null);
  const [accept, setAccept] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const check = async (
    file: Picked,
    mapping: { movementId: number | null; proposingUnitId: number | null },
  ) => {
    setBusy(true);
    setError(null);
    try {
      setPreview(await call('exchange.previewPackage', { ...file, ...mapping }));
    } catch (e) {
      setPreview(null);
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File) => {
    const next = { fileName: file.name, contentBase64: await readAsBase64(file) };
    setPicked(next);
    setAccept(false);
    await check(next, { movementId: null, proposingUnitId: null });
  };

  const remap = (change: { movementId?: number | null; proposingUnitId?: number | null }) => {
    if (!picked || !preview) return;
    void check(picked, {
      movementId: preview.movementId,
      proposingUnitId: preview.proposingUnitId,
      ...change,
    });
  };

  const onReceive = async () => {
    if (!picked || !preview || preview.movementId === null || preview.proposingUnitId === null) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await call('exchange.importPackage', {
        ...picked,
        movementId: preview.movementId,
        proposingUnitId: preview.proposingUnitId,
        acceptRecipientMismatch: accept,
      });
      void queryClient.invalidateQueries({ queryKey: movementQueries.all() });
      await queryClient.invalidateQueries({ queryKey: dossierQueries.all() });
      void message.success(t.done(result.dossierIds.length, result.nominationCount));
      onClose();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const canReceive =
    preview !== null && preview.canImport && (preview.recipientMatches || accept) && !busy;

  return (
    <Modal
      open
      width={900}
      title={t.title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {exchangeMessages.cancel}
        </Button>,
        preview ? (
          <Button
            key="another"
            onClick={() => {
              setPicked(null);
              setPreview(null);
              setError(null);
            }}
          >
            {t.another}
          </Button>
        ) : null,
        <Button
          key="submit"
          type="primary"
          disabled={!canReceive}
          loading={busy && preview !== null}
          onClick={() => void onReceive()}
        >
          {t.submit}
        </Button>,
      ]}
    >
      <Flex vertical gap={12}>
        {error ? (
          <Alert
            type="error"
            showIcon
            title={t.failed}
            description={error}
            className="exchange-receive-error"
          />
        ) : null}
        {!preview ? (
          <Spin spinning={busy} tip={t.reading}>
            <Upload.Dragger
              // No `accept`: a wrong file still goes to the server, which says what it is.
              showUploadList={false}
              multiple={false}
              disabled={busy}
              beforeUpload={(file) => {
                void onFile(file);
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined aria-hidden />
              </p>
              <p className="ant-upload-text">{t.drop}</p>
              <p className="ant-upload-hint">{t.dropHint}</p>
            </Upload.Dragger>
          </Spin>
        ) : (
          <PreviewBody
            preview={preview}
            movementOptions={withCandidates(
              (movements.data ?? []).map((m) => ({ id: m.id, label: m.title })),
              preview.movementCandidates,
            )}
            unitOptions={withCandidates(
              sortVi(units.data ?? [], (u) => u.name).map((u) => ({ id: u.id, label: u.name })),
              preview.unitCandidates,
            )}
            busy={busy}
            accept={accept}
            onAccept={setAccept}
            onRemap={remap}
          />
        )}
      </Flex>
    </Modal>
  );
}

function PreviewBody({
  preview,
  movementOptions,
  unitOptions,
  busy,
  accept,
  onAccept,
  onRemap,
}: {
  preview: ExchangePreview;
  movementOptions: { value: number; label: string }[];
  unitOptions: { value: number; label: string }[];
  busy: boolean;
  accept: boolean;
  onAccept: (accept: boolean) => void;
  onRemap: (change: { movementId?: number | null; proposingUnitId?: number | null }) => void;
}) {
  const m = preview.movement;
  const search = {
    filterOption: (input: string, option?: { label: string }) =>
      matchesSearch(option?.label ?? '', input),
  };
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'sender', label: t.sender, children: preview.sender.issuingBody },
          {
            key: 'recipient',
            label: t.recipient,
            children: (
              <>
                {preview.recipient}{' '}
                {preview.recipientMatches ? null : (
                  <Tag color="warning">≠ {preview.localAgency || '—'}</Tag>
                )}
              </>
            ),
          },
          {
            key: 'createdAt',
            label: t.createdAt,
            children: new Date(preview.createdAt).toLocaleString('vi-VN'),
          },
          {
            key: 'movement',
            label: t.movement,
            children: [m.number && m.symbol ? `${m.number}/${m.symbol}` : null, m.title]
              .filter(Boolean)
              .join(' — '),
          },
          {
            key: 'counts',
            label: t.counts,
            children: (
              <>
                {t.countsText(
                  preview.dossierCount,
                  preview.nominationCount,
                  preview.fileCount,
                  formatSize(preview.fileBytes),
                )}{' '}
                {preview.includesIdNumber ? <Tag>{t.withIdNumber}</Tag> : null}
              </>
            ),
          },
        ]}
      />
      <Form layout="vertical" component="div">
        <Form.Item label={t.localMovement} htmlFor="exchange-movement" style={{ marginBottom: 8 }}>
          <Select
            id="exchange-movement"
            placeholder={t.localMovementPlaceholder}
            {...(preview.movementId !== null ? { value: preview.movementId } : {})}
            options={movementOptions}
            disabled={busy}
            onChange={(value: number) => onRemap({ movementId: value })}
            showSearch={search}
          />
        </Form.Item>
        <Form.Item label={t.localUnit} htmlFor="exchange-unit" style={{ marginBottom: 8 }}>
          <Select
            id="exchange-unit"
            placeholder={t.localUnitPlaceholder}
            {...(preview.proposingUnitId !== null ? { value: preview.proposingUnitId } : {})}
            options={unitOptions}
            disabled={busy}
            onChange={(value: number) => onRemap({ proposingUnitId: value })}
            showSearch={search}
          />
        </Form.Item>
      </Form>
      <Table
        rowKey="key"
        size="small"
        aria-label={t.dossiers}
        pagination={false}
        scroll={{ y: 200 }}
        dataSource={preview.dossiers}
        columns={[
          { title: t.columns.key, dataIndex: 'key', width: 110 },
          { title: t.columns.unit, dataIndex: 'proposingUnitName' },
          {
            title: t.columns.document,
            key: 'document',
            render: (_v, d) =>
              [d.documentNumber, d.documentDate ? formatDateVi(d.documentDate) : null]
                .filter(Boolean)
                .join(', '),
          },
          { title: t.columns.count, dataIndex: 'nominationCount', width: 120, align: 'right' },
          { title: t.columns.files, dataIndex: 'fileCount', width: 80, align: 'right' },
        ]}
      />
      {preview.issues.length > 0 ? (
        <Alert
          type={preview.canImport ? 'warning' : 'error'}
          showIcon
          title={t.issues}
          className="exchange-issues"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {preview.issues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {!preview.recipientMatches ? (
        <Checkbox checked={accept} onChange={(e) => onAccept(e.target.checked)}>
          {t.confirmMismatch}
        </Checkbox>
      ) : null}
    </>
  );
}
