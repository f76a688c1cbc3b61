import { InfoCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Tag,
  Tooltip,
  Typography,
  type FormInstance,
} from 'antd';
import { useState } from 'react';
import {
  CHECKLIST_STATES,
  type ChecklistItem,
  type ChecklistState,
  type DossierDetail,
} from '../../../../shared/domain/dossier';
import { CHECKLIST_STATE_LABELS } from '../../../../shared/domain/dossier-labels';
import { applyApiErrorToForm, errorText } from '../../components/api-errors';
import { dossiersMessages } from './messages.vi';
import { useSetChecklistItemMutation } from './mutations';

const t = dossiersMessages.checklist;
const NOTE_FORM_ID = 'checklist-note-form';

interface NoteValues {
  note?: string;
}

/** The documents the dossier must hold, each marked received / missing / not applicable. */
export function ChecklistCard({ dossier }: { dossier: DossierDetail }) {
  const setItem = useSetChecklistItemMutation();
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<ChecklistItem | null>(null);
  const items = dossier.checklist;
  const received = items.filter((i) => i.state === 'da_nhan').length;
  const applicable = items.filter((i) => i.state !== 'khong_ap_dung').length;

  const onChange = (item: ChecklistItem, state: ChecklistState) => {
    setError(null);
    // “Not applicable” needs a reason the next reader can check.
    if (state === 'khong_ap_dung') {
      setAsking(item);
      return;
    }
    setItem.mutate({ id: item.id, state, note: null }, { onError: (e) => setError(errorText(e)) });
  };

  return (
    <Card
      size="small"
      className="dossier-checklist"
      title={
        <Flex vertical gap={0} style={{ padding: '6px 0' }}>
          <h2 className="dossier-card-title">{t.title}</h2>
          {items.length > 0 ? (
            <Typography.Text
              type={dossier.missingMandatory > 0 ? 'warning' : 'success'}
              style={{ fontSize: 12, fontWeight: 'normal' }}
            >
              {t.summary(received, applicable, dossier.missingMandatory)}
            </Typography.Text>
          ) : null}
        </Flex>
      }
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t.failed}
          description={error}
          closable={{ onClose: () => setError(null) }}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />
      ) : (
        <ul className="checklist" aria-label={t.title}>
          {items.map((item) => (
            <li key={item.id} className={`checklist-item checklist-${item.state}`}>
              <Flex justify="space-between" gap={12} wrap align="center">
                <Flex vertical gap={2} style={{ flex: '1 1 260px' }}>
                  <span className="checklist-label">
                    {item.label}{' '}
                    <Tooltip title={t.source(item.legalSource)}>
                      <InfoCircleOutlined
                        className="checklist-source"
                        tabIndex={0}
                        role="img"
                        aria-label={`${t.sourceLabel(item.label)}: ${item.legalSource}`}
                      />
                    </Tooltip>
                  </span>
                  <Flex gap={6} wrap>
                    <Tag>{t.copies(item.copies)}</Tag>
                    {item.mandatory ? (
                      <Tag color="red">{t.mandatory}</Tag>
                    ) : (
                      <Tag>{t.optional}</Tag>
                    )}
                    {item.note ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {item.note}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                </Flex>
                <Radio.Group
                  size="small"
                  optionType="button"
                  buttonStyle="solid"
                  aria-label={t.stateLabel(item.label)}
                  value={item.state}
                  disabled={setItem.isPending && setItem.variables?.id === item.id}
                  options={CHECKLIST_STATES.map((s) => ({
                    value: s,
                    label: CHECKLIST_STATE_LABELS[s],
                  }))}
                  onChange={(e) => onChange(item, e.target.value as ChecklistState)}
                />
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {asking ? (
        <NoteModal
          item={asking}
          onClose={() => setAsking(null)}
          onSave={(note, form) =>
            setItem.mutate(
              { id: asking.id, state: 'khong_ap_dung', note },
              {
                onSuccess: () => setAsking(null),
                onError: (e) => {
                  const rest = applyApiErrorToForm(form, e, ['note']);
                  if (rest) form.setFields([{ name: 'note', errors: [rest] }]);
                },
              },
            )
          }
          saving={setItem.isPending}
        />
      ) : null}
    </Card>
  );
}

function NoteModal({
  item,
  saving,
  onClose,
  onSave,
}: {
  item: ChecklistItem;
  saving: boolean;
  onClose: () => void;
  onSave: (note: string | null, form: FormInstance<NoteValues>) => void;
}) {
  const [form] = Form.useForm<NoteValues>();
  return (
    <Modal
      open
      title={t.noteTitle(item.label)}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {dossiersMessages.cancel}
        </Button>,
        <Button key="save" type="primary" htmlType="submit" form={NOTE_FORM_ID} loading={saving}>
          {t.save}
        </Button>,
      ]}
    >
      <Form
        form={form}
        name={NOTE_FORM_ID}
        layout="vertical"
        initialValues={{ note: item.note ?? '' }}
        onFinish={(values) => onSave(values.note?.trim() || null, form)}
      >
        <Form.Item
          name="note"
          label={t.noteLabel}
          rules={
            item.mandatory ? [{ required: true, whitespace: true, message: t.noteRequired }] : []
          }
        >
          <Input autoFocus placeholder={t.notePlaceholder} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
