import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Collapse, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
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
import { downloadFile } from '../dossiers/files';

const t = {
  title: (label: string) => `In giấy khen/bằng khen lên phôi - Quyết định ${label}`,
  kind: 'Loại phôi',
  offsetX: 'Dịch ngang (mm, + sang phải)',
  offsetY: 'Dịch dọc (mm, + xuống dưới)',
  who: 'Chỉ in cho',
  whoPlaceholder: 'Bỏ trống: in cho tất cả',
  advanced: 'Vị trí từng ô chữ (mm, dạng JSON)',
  badJson: 'Mẫu phôi (JSON) không hợp lệ: hãy sửa lại hoặc bấm “Về mặc định”.',
  reset: 'Về mặc định',
  calibration: 'In trang căn chỉnh',
  print: 'In',
  close: 'Đóng',
  hint:
    'Mẫu phôi mặc định chưa khớp phôi thật: in trang căn chỉnh lên giấy trắng, đặt lên phôi, ' +
    'rồi sửa độ dịch. Mẫu đã căn chỉnh được nhớ trên máy này.',
};

const storageKey = (kind: CertificateKind) => `tdkt.certificateLayout.${kind}`;

/** The calibrated layout kept in this browser/app profile; the shipped default otherwise. */
function savedLayout(kind: CertificateKind): CertificateLayout {
  try {
    const raw = localStorage.getItem(storageKey(kind));
    const parsed = raw ? CertificateLayout.safeParse(JSON.parse(raw)) : null;
    if (parsed?.success && parsed.data.kind === kind) return parsed.data;
  } catch {
    // A damaged entry falls back to the default.
  }
  return DEFAULT_CERTIFICATE_LAYOUTS[kind];
}

const kindOfCode = (code: string): CertificateKind =>
  code.startsWith('giay_khen') ? 'giay_khen' : 'bang_khen';

/** Prints an issued decision's certificates onto pre-printed blanks, with a calibration page. */
export function CertificatesModal({ doc, onClose }: { doc: IssuedDocument; onClose: () => void }) {
  const { message } = App.useApp();
  const detail = useQuery({
    queryKey: ['documents', 'detail', doc.id],
    queryFn: () => call('documents.get', { id: doc.id }),
  });
  const awardees = detail.data?.awardees ?? [];
  const [kindChoice, setKindChoice] = useState<CertificateKind | undefined>();
  const kind = kindChoice ?? (awardees[0] ? kindOfCode(awardees[0].awardFormCode) : 'bang_khen');
  const [layouts, setLayouts] = useState<Partial<Record<CertificateKind, CertificateLayout>>>({});
  const layout = layouts[kind] ?? savedLayout(kind);
  const [json, setJson] = useState<string | null>(null);
  const [positions, setPositions] = useState<number[]>([]);
  const [busy, setBusy] = useState<'calibration' | 'print' | null>(null);

  const update = (next: CertificateLayout) => {
    setLayouts((all) => ({ ...all, [kind]: next }));
    setJson(null);
    try {
      localStorage.setItem(storageKey(kind), JSON.stringify(next));
    } catch {
      // Not remembered; printing still works.
    }
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

  const run = async (what: 'calibration' | 'print') => {
    const chosen = currentLayout();
    if (!chosen) return;
    if (json !== null) update(chosen);
    setBusy(what);
    try {
      const file =
        what === 'calibration'
          ? await call('documents.certificateCalibrationPdf', { layout: chosen })
          : await call('documents.certificatesPdf', {
              id: doc.id,
              layout: chosen,
              ...(positions.length ? { awardeePositions: positions } : {}),
            });
      downloadFile(file);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

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
          onClick={() => void run('calibration')}
        >
          {t.calibration}
        </Button>,
        <Button
          key="print"
          type="primary"
          loading={busy === 'print'}
          onClick={() => void run('print')}
        >
          {t.print}
        </Button>,
      ]}
    >
      <Alert type="info" showIcon title={t.hint} style={{ marginBottom: 12 }} />
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
              label: `${CERTIFICATE_KIND_LABELS[k]} - ${(layouts[k] ?? savedLayout(k)).label}`,
            }))}
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
                <>
                  <Input.TextArea
                    aria-label={t.advanced}
                    autoSize={{ minRows: 6, maxRows: 16 }}
                    style={{ fontFamily: 'monospace', fontSize: 12 }}
                    value={json ?? JSON.stringify(layout, null, 2)}
                    onChange={(e) => setJson(e.target.value)}
                  />
                  <Button
                    size="small"
                    style={{ marginTop: 8 }}
                    onClick={() => update(DEFAULT_CERTIFICATE_LAYOUTS[kind])}
                  >
                    {t.reset}
                  </Button>
                </>
              ),
            },
          ]}
        />
      </Form>
    </Modal>
  );
}
