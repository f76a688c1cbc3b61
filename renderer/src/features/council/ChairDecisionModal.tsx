import { Alert, Button, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { GroupResult } from '../../../../shared/domain/council-voting';
import { applyApiErrorToForm } from '../../components/api-errors';
import { councilMessages } from './messages.vi';
import { useChairDecideMutation } from './mutations';

const t = councilMessages.voting;
const FORM_ID = 'council-chair-decision';

interface Values {
  selected?: number[];
  decidedBy?: string;
  note?: string | null;
}

/** The chairman chooses among the tied at the cut-off; the decision is recorded with his name. */
export function ChairDecisionModal({
  sessionId,
  group,
  chairName,
  onClose,
}: {
  sessionId: number;
  group: GroupResult;
  chairName: string | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const decide = useChairDecideMutation();
  const tie = group.tie;
  if (!tie) return null;
  const tied = group.nominees.filter((n) => tie.nominationIds.includes(n.nominationId));

  const onFinish = (values: Values) => {
    setFormError(null);
    decide.mutate(
      {
        sessionId,
        awardFormCode: group.awardFormCode,
        subjectType: group.subjectType,
        selectedNominationIds: values.selected ?? [],
        decidedBy: values.decidedBy?.trim() ?? '',
        note: values.note?.trim() || null,
      },
      {
        onSuccess: onClose,
        onError: (error) =>
          setFormError(applyApiErrorToForm(form, error, ['selectedNominationIds', 'decidedBy'])),
      },
    );
  };

  return (
    <Modal
      open
      title={t.chairTitle}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {councilMessages.cancel}
        </Button>,
        <Button key="ok" type="primary" htmlType="submit" form={FORM_ID} loading={decide.isPending}>
          {t.chairSave}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title={tie.message} style={{ marginBottom: 12 }} />
      <Form<Values>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={{ selected: [], decidedBy: chairName ?? '' }}
        onFinish={onFinish}
      >
        {formError ? (
          <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item
          name="selected"
          label={t.chairChoose(tie.places)}
          rules={[
            {
              validator: (_r, value: number[] | undefined) =>
                (value ?? []).length === tie.places
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.chairRequired)),
            },
          ]}
        >
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={tied.map((n) => ({
              value: n.nominationId,
              label: `${n.fullName} (${n.yes} ${t.yes.toLowerCase()})`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="decidedBy"
          label={t.chairDecidedBy}
          rules={[{ required: true, whitespace: true, message: t.decidedByRequired }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="note" label={t.chairNote}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
