import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Collapse,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { CertificateLayoutEntry } from '../../../../shared/contract/documents';
import { formatAuditTime } from '../../../../shared/domain/audit';
import {
  CERTIFICATE_KIND_LABELS,
  CERTIFICATE_KINDS,
  CertificateLayout,
  DEFAULT_CERTIFICATE_LAYOUTS,
  type CertificateKind,
} from '../../../../shared/domain/certificate';
import type { IssuedDocument } from '../../../../shared/domain/document';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { showFile } from '../dossiers/files';

const t = {
  title: (label: string) => `In giấy khen/bằng khen lên phôi - Quyết định ${label}`,
  kind: 'Loại phôi',
  label: 'Tên mẫu phôi',
  offsetX: 'Dịch ngang (mm, + sang phải)',
  offsetY: 'Dịch dọc (mm, + xuống dưới)',
  who: 'Chỉ in cho',
  whoPlaceholder: 'Bỏ trống: in cho tất cả',
  advanced: 'Vị trí từng ô chữ (mm, dạng JSON)',
  badJson: 'Mẫu phôi (JSON) không hợp lệ: hãy sửa lại hoặc bấm “Khôi phục mặc định”.',
  save: 'Lưu bố cục',
  saved: 'Đã lưu bố cục.',
  reset: 'Khôi phục mặc định',
  resetDone: 'Đã khôi phục mẫu phôi mặc định.',
  calibration: 'In trang căn chỉnh',
  print: 'In',
  close: 'Đóng',
  loadError: 'Không đọc được mẫu phôi đã lưu',
  statusDefault: 'Đang dùng mẫu mặc định (chưa căn chỉnh, chưa lưu).',
  statusSaved: (at: string) => `Đã lưu lúc ${at}.`,
  statusDirty: 'Có thay đổi chưa lưu: bấm “Lưu bố cục” (khi in, bố cục được lưu trước).',
  hint:
    'Mẫu phôi mặc định chưa khớp phôi thật: in trang căn chỉnh lên giấy trắng, đặt lên phôi, ' +
    'rồi sửa độ dịch. Bố cục đã lưu nằm trong cơ sở dữ liệu: dùng chung cho mọi lần in, ' +
    'có trong bản sao lưu và nhật ký thay đổi.',
};

const LAYOUTS_KEY = ['documents', 'certificateLayouts'] as const;

const kindOfCode = (code: string): CertificateKind =>
  code.startsWith('giay_khen') ? 'giay_khen' : 'bang_khen';

/** Prints an issued decision's certificates onto pre-printed blanks, with a calibration page. */
export function CertificatesModal({ doc, onClose }: { doc: IssuedDocument; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: ['documents', 'detail', doc.id],
    queryFn: () => call('documents.get', { id: doc.id }),
  });
  const stored = useQuery({
    queryKey: LAYOUTS_KEY,
    queryFn: () => call('documents.certificateLayouts', {}),
  });
  const awardees = detail.data?.awardees ?? [];
  const [kindChoice, setKindChoice] = useState<CertificateKind | undefined>();
  const kind = kindChoice ?? (awardees[0] ? kindOfCode(awardees[0].awardFormCode) : 'bang_khen');
  const entryOf = (k: CertificateKind) => stored.data?.find((e) => e.kind === k);
  // Unsaved edits per kind; the stored layout otherwise.
  const [drafts, setDrafts] = useState<
    Partial<Record<CertificateKind, CertificateLayout | undefined>>
  >({});
  const layoutOf = (k: CertificateKind) =>
    drafts[k] ?? entryOf(k)?.layout ?? DEFAULT_CERTIFICATE_LAYOUTS[k];
  const layout = layoutOf(kind);
  const entry = entryOf(kind);
  const [json, setJson] = useState<string | null>(null);
  const [positions, setPositions] = useState<number[]>([]);
  const [busy, setBusy] = useState<'calibration' | 'print' | 'save' | 'reset' | null>(null);
  const dirty = drafts[kind] !== undefined || json !== null;

  const update = (next: CertificateLayout) => {
    setDrafts((all) => ({ ...all, [kind]: next }));
    setJson(null);
  };

  const currentLayout = (): CertificateLayout | null => {
    if (json === null) return layout;
    try {
      const parsed = CertificateLayout.safeParse(JSON.parse(json));
      if (parsed.success && parsed.data.kind === kind) return parsed.data;
    } catch {
      // Reported below.
    }
    void message.error(t.badJson);
    return null;
  };

  const afterStored = (saved: CertificateLayoutEntry) => {
    queryClient.setQueryData<CertificateLayoutEntry[]>(LAYOUTS_KEY, (all) =>
      (all ?? []).filter((e) => e.kind !== saved.kind).concat(saved),
    );
    setDrafts((all) => ({ ...all, [saved.kind]: undefined }));
    setJson(null);
  };

  /** Saves pending edits; false when there was nothing valid to save or the server refused. */
  const saveIfDirty = async (force = false): Promise<boolean> => {
    if (!dirty && !force) return true;
    const chosen = currentLayout();
    if (!chosen) return false;
    try {
      afterStored(await call('documents.saveCertificateLayout', { layout: chosen }));
      return true;
    } catch (error) {
      void message.error(errorText(error));
      return false;
    }
  };

  const save = async () => {
    setBusy('save');
    try {
      if (await saveIfDirty(true)) void message.success(t.saved);
    } finally {
      setBusy(null);
    }
  };

  const reset = async () => {
    setBusy('reset');
    try {
      afterStored(await call('documents.resetCertificateLayout', { kind }));
      void message.success(t.resetDone);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const run = async (what: 'calibration' | 'print') => {
    setBusy(what);
    try {
      // What is printed is always the stored layout: pending edits are saved first.
      if (!(await saveIfDirty())) return;
      const file =
        what === 'calibration'
          ? await call('documents.certificateCalibrationPdf', { kind })
          : await call('documents.certificatesPdf', {
              id: doc.id,
              kind,
              ...(positions.length ? { awardeePositions: positions } : {}),
            });
      showFile(file);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const status = dirty
    ? t.statusDirty
    : entry?.saved && entry.updatedAt
      ? t.statusSaved(formatAuditTime(entry.updatedAt))
      : t.statusDefault;

  return (
    <Modal
      open
      title={t.title(doc.numberLabel)}
      onCancel={onClose}
      width={640}
      footer={[
        <Button key="close" onClick={onClose}>
          {t.close}
        </Button>,
        <Button
          key="calibration"
          loading={busy === 'calibration'}
          disabled={stored.isLoading}
          onClick={() => void run('calibration')}
        >
          {t.calibration}
        </Button>,
        <Button
          key="print"
          type="primary"
          loading={busy === 'print'}
          disabled={stored.isLoading}
          onClick={() => void run('print')}
        >
          {t.print}
        </Button>,
      ]}
    >
      <Alert type="info" showIcon title={t.hint} style={{ marginBottom: 12 }} />
      {stored.isError ? (
        <Alert
          type="error"
          showIcon
          title={`${t.loadError}: ${errorText(stored.error)}`}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {entry?.problem ? (
        <Alert type="warning" showIcon title={entry.problem} style={{ marginBottom: 12 }} />
      ) : null}
      <Form layout="vertical">
        <Form.Item label={t.kind}>
          <Select<CertificateKind>
            aria-label={t.kind}
            value={kind}
            onChange={(k) => {
              setKindChoice(k);
              setJson(null);
            }}
            options={CERTIFICATE_KINDS.map((k) => ({
              value: k,
              label: `${CERTIFICATE_KIND_LABELS[k]} - ${layoutOf(k).label}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t.label}>
          <Input
            aria-label={t.label}
            maxLength={100}
            value={layout.label}
            onChange={(e) => update({ ...layout, label: e.target.value })}
          />
        </Form.Item>
        <Space size="large">
          <Form.Item label={t.offsetX}>
            <InputNumber
              aria-label={t.offsetX}
              min={-50}
              max={50}
              step={0.5}
              value={layout.offsetX}
              onChange={(v) => update({ ...layout, offsetX: v ?? 0 })}
            />
          </Form.Item>
          <Form.Item label={t.offsetY}>
            <InputNumber
              aria-label={t.offsetY}
              min={-50}
              max={50}
              step={0.5}
              value={layout.offsetY}
              onChange={(v) => update({ ...layout, offsetY: v ?? 0 })}
            />
          </Form.Item>
        </Space>
        <Space style={{ marginBottom: 12 }} wrap>
          <Button loading={busy === 'save'} disabled={stored.isLoading} onClick={() => void save()}>
            {t.save}
          </Button>
          <Button
            loading={busy === 'reset'}
            disabled={stored.isLoading}
            onClick={() => void reset()}
          >
            {t.reset}
          </Button>
          <Typography.Text type="secondary" aria-live="polite">
            {status}
          </Typography.Text>
        </Space>
        <Form.Item label={t.who}>
          <Select<number[]>
            aria-label={t.who}
            mode="multiple"
            allowClear
            loading={detail.isLoading}
            placeholder={t.whoPlaceholder}
            value={positions}
            onChange={setPositions}
            optionFilterProp="label"
            options={awardees.map((a) => ({
              value: a.position,
              label: `${a.position}. ${a.printedName}`,
            }))}
          />
        </Form.Item>
        <Collapse
          size="small"
          items={[
            {
              key: 'json',
              label: t.advanced,
              children: (
                <Input.TextArea
                  aria-label={t.advanced}
                  autoSize={{ minRows: 6, maxRows: 16 }}
                  style={{ fontFamily: 'monospace', fontSize: 12 }}
                  value={json ?? JSON.stringify(layout, null, 2)}
                  onChange={(e) => setJson(e.target.value)}
                />
              ),
            },
          ]}
        />
      </Form>
    </Modal>
  );
}
