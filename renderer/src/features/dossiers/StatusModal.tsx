import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { todayIso } from '../../../../shared/domain/dates';
import type { DossierDetail, DossierStatus } from '../../../../shared/domain/dossier';
import { DOSSIER_STATUS_LABELS } from '../../../../shared/domain/dossier-labels';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { dossiersMessages } from './messages.vi';
import { useSetDossierStatusMutation } from './mutations';

const t = dossiersMessages.status;
const FORM_ID = 'dossier-status-form';
/** Sending back and asking for more documents must say why (the unit reads it). */
const NEEDS_REASON: readonly DossierStatus[] = ['tra_lai', 'can_bo_sung'];

interface StatusValues {
  date?: string | null;
  reason?: string;
}

/** Moves a dossier to the next status; the server's refusal (“còn thiếu …”) is shown here. */
export function StatusModal({
  dossier,
  status,
  onClose,
  onDone,
}: {
  dossier: DossierDetail;
  status: DossierStatus;
  onClose: () => void;
  onDone: (dossier: DossierDetail) => void;
}) {
  const [form] = Form.useForm<StatusValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const setStatus = useSetDossierStatusMutation();
  const label = DOSSIER_STATUS_LABELS[status];
  const reasonRequired = NEEDS_REASON.includes(status);
  const today = todayIso();

  const onFinish = (values: StatusValues) => {
    setFormError(null);
    setStatus.mutate(
      {
        id: dossier.id,
        status,
        date: values.date ?? today,
        reason: values.reason?.trim() || null,
      },
      {
        onSuccess: onDone,
        onError: (error) => setFormError(applyApiErrorToForm(form, error, ['date', 'reason'])),
      },
    );
  };

  return (
    <Modal
      open
      title={t.title(label)}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {dossiersMessages.cancel}
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form={FORM_ID}
          loading={setStatus.isPending}
        >
          {t.confirm}
        </Button>,
      ]}
    >
      <Form<StatusValues>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={{ date: dossier.receivedDate > today ? dossier.receivedDate : today }}
        onFinish={onFinish}
        onValuesChange={(changed) => {
          clearEditedErrors(form, changed);
          setFormError(null);
        }}
      >
        {formError ? (
          <Alert
            type="error"
            showIcon
            title={t.failed}
            description={formError}
            style={{ marginBottom: 16 }}
            className="status-error"
          />
        ) : null}
        <Form.Item
          name="date"
          label={t.date}
          rules={[{ required: true, message: t.dateRequired }]}
          {...isoDateItemProps}
        >
          <DateInput allowClear={false} autoFocus={!reasonRequired} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={reasonRequired ? t.reasonRequiredLabel : t.reason}
          rules={
            reasonRequired ? [{ required: true, whitespace: true, message: t.reasonRequired }] : []
          }
        >
          <Input.TextArea
            autoFocus={reasonRequired}
            autoSize={{ minRows: 3, maxRows: 8 }}
            placeholder={t.reasonPlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
