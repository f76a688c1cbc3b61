import { Alert, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import {
  OUTCOMES,
  type NomineeResult,
  type Outcome,
} from '../../../../shared/domain/council-voting';
import { todayIso } from '../../../../shared/domain/dates';
import { applyApiErrorToForm } from '../../components/api-errors';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { councilMessages } from './messages.vi';
import { useCorrectResultMutation } from './mutations';

const t = councilMessages.voting.correction;
const FORM_ID = 'council-correction';

interface Values {
  outcome?: Outcome;
  reason?: string;
  actDate?: string | null;
  recordedBy?: string;
  reference?: string | null;
}

/** After conclusion a result changes only by a new recorded act; the frozen result stays. */
export function CorrectionModal({
  sessionId,
  nominee,
  recordedBy,
  onClose,
  onSaved,
}: {
  sessionId: number;
  nominee: NomineeResult;
  recordedBy: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const correct = useCorrectResultMutation();
  const current = nominee.outcome;

  const onFinish = (values: Values) => {
    setFormError(null);
    correct.mutate(
      {
        sessionId,
        nominationId: nominee.nominationId,
        outcome: values.outcome ?? 'selected',
        yes: null,
        no: null,
        reason: values.reason?.trim() ?? '',
        actDate: values.actDate ?? '',
        recordedBy: values.recordedBy?.trim() ?? '',
        reference: values.reference?.trim() || null,
      },
      {
        onSuccess: onSaved,
        onError: (error) =>
          setFormError(
            applyApiErrorToForm(form, error, [
              'outcome',
              'reason',
              'actDate',
              'recordedBy',
              'reference',
            ]),
          ),
      },
    );
  };

  return (
    <Modal
      open
      title={t.title(nominee.fullName)}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {councilMessages.cancel}
        </Button>,
        <Button
          key="ok"
          type="primary"
          htmlType="submit"
          form={FORM_ID}
          loading={correct.isPending}
        >
          {t.save}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {current ? (
        <Typography.Paragraph strong>{t.current(t.outcomes[current])}</Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={{
          outcome: OUTCOMES.find((o) => o !== current),
          actDate: todayIso(),
          recordedBy: recordedBy ?? '',
          reference: null,
        }}
        onFinish={onFinish}
      >
        {formError ? (
          <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item
          name="outcome"
          label={t.outcome}
          rules={[
            { required: true, message: t.outcomeRequired },
            {
              validator: (_r, value: Outcome | undefined) =>
                value !== undefined && value === current
                  ? Promise.reject(new Error(t.sameOutcome))
                  : Promise.resolve(),
            },
          ]}
        >
          <Radio.Group options={OUTCOMES.map((o) => ({ value: o, label: t.outcomes[o] }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t.reason}
          rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="actDate"
          label={t.actDate}
          rules={[{ required: true, message: t.actDateRequired }]}
          {...isoDateItemProps}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="recordedBy"
          label={t.recordedBy}
          rules={[{ required: true, whitespace: true, message: t.recordedByRequired }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item name="reference" label={t.reference}>
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
