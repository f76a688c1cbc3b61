import { Alert, Button, Col, Form, Input, Modal, Row } from 'antd';
import { useMemo, useState } from 'react';
import type { Council, CouncilDetail } from '../../../../shared/domain/council';
import { todayIso } from '../../../../shared/domain/dates';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { councilMessages } from './messages.vi';
import { useCreateCouncilMutation, useUpdateCouncilMutation } from './mutations';

const t = councilMessages.form;
const FORM_ID = 'council-form';

export type CouncilEditorTarget = { mode: 'create' } | { mode: 'edit'; council: Council };

interface Values {
  name?: string;
  issuingBody?: string | null;
  decisionNumber?: string | null;
  decisionDate?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  note?: string | null;
}
const FIELD_NAMES = [
  'name',
  'issuingBody',
  'decisionNumber',
  'decisionDate',
  'validFrom',
  'validTo',
  'note',
] as const satisfies readonly (keyof Values)[];

const blankToNull = (text: string | null | undefined) => text?.trim() || null;

/** “Thành lập Hội đồng” and “Sửa”: the council's name, founding decision and validity. */
export function CouncilFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: CouncilEditorTarget;
  onClose: () => void;
  onSaved: (council: CouncilDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateCouncilMutation();
  const update = useUpdateCouncilMutation();
  const initial = useMemo<Values>(
    () =>
      target.mode === 'edit'
        ? { ...target.council }
        : { validFrom: todayIso(), validTo: null, decisionDate: null },
    [target],
  );

  const onFinish = (values: Values) => {
    setFormError(null);
    const input = {
      name: values.name?.trim() ?? '',
      issuingBody: blankToNull(values.issuingBody),
      decisionNumber: blankToNull(values.decisionNumber),
      decisionDate: values.decisionDate ?? null,
      validFrom: values.validFrom ?? '',
      validTo: values.validTo ?? null,
      note: blankToNull(values.note),
    };
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES)),
    };
    if (target.mode === 'edit') update.mutate({ id: target.council.id, ...input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <Modal
      open
      title={target.mode === 'edit' ? t.editTitle(target.council.name) : t.createTitle}
      width={720}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {councilMessages.cancel}
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form={FORM_ID}
          loading={create.isPending || update.isPending}
        >
          {target.mode === 'edit' ? councilMessages.save : t.create}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        onValuesChange={(changed) => clearEditedErrors(form, changed)}
        requiredMark
      >
        {formError ? (
          <Alert
            type="error"
            showIcon
            title={t.failed}
            description={formError}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, message: t.nameRequired }]}
        >
          <Input autoFocus placeholder={t.namePlaceholder} autoComplete="off" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="issuingBody" label={t.issuingBody}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="decisionNumber" label={t.decisionNumber}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="decisionDate" label={t.decisionDate} {...isoDateItemProps}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="validFrom"
              label={t.validFrom}
              rules={[{ required: true, message: t.validFromRequired }]}
              {...isoDateItemProps}
            >
              <DateInput allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="validTo" label={t.validTo} extra={t.validToHint} {...isoDateItemProps}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
