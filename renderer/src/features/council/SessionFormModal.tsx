import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { CouncilDetail, SessionDetail } from '../../../../shared/domain/council';
import { todayIso } from '../../../../shared/domain/dates';
import type { MovementSummary } from '../../../../shared/domain/movement';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { movementQueries } from '../movements/queries';
import { councilMessages } from './messages.vi';
import { useCreateSessionMutation, useUpdateSessionMutation } from './mutations';

const t = councilMessages.sessionForm;
const FORM_ID = 'council-session-form';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type SessionEditorTarget =
  | { mode: 'create'; council: CouncilDetail; movements: readonly MovementSummary[] }
  | { mode: 'edit'; session: SessionDetail };

interface Values {
  movementId?: number | undefined;
  periodCode?: string | null;
  date?: string | null;
  startTime?: string | null;
  place?: string | null;
  note?: string | null;
}
const FIELD_NAMES = ['movementId', 'periodCode', 'date', 'startTime', 'place', 'note'] as const;

const nullableSelect = {
  getValueProps: (value: unknown) => ({ value: value ?? undefined }),
  normalize: (value: unknown) => value ?? null,
};

/** “Mở phiên họp” and “Sửa thông tin”: date, time, place, movement and period. */
export function SessionFormModal({
  target,
  onClose,
  onSaved,
}: {
  target: SessionEditorTarget;
  onClose: () => void;
  onSaved: (session: SessionDetail) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateSessionMutation();
  const update = useUpdateSessionMutation();
  const initial = useMemo<Values>(() => {
    if (target.mode === 'edit') return { ...target.session };
    const only = target.movements.length === 1 ? target.movements[0]?.id : undefined;
    return { movementId: only, periodCode: null, date: todayIso(), startTime: null };
  }, [target]);
  const watched = Form.useWatch('movementId', form);
  const movementId = watched ?? initial.movementId;
  const movement = useQuery({
    ...movementQueries.detail(movementId ?? 0),
    enabled: movementId !== undefined,
  });
  const periods = movement.data?.periods ?? [];

  const onFinish = (values: Values) => {
    setFormError(null);
    const fields = {
      periodCode: values.periodCode ?? null,
      date: values.date ?? '',
      startTime: values.startTime?.trim() || null,
      place: values.place?.trim() || null,
      note: values.note?.trim() || null,
    };
    const handlers = {
      onSuccess: onSaved,
      onError: (error: unknown) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES)),
    };
    if (target.mode === 'edit') update.mutate({ id: target.session.id, ...fields }, handlers);
    else {
      create.mutate(
        { movementId: values.movementId ?? 0, councilId: target.council.id, ...fields },
        handlers,
      );
    }
  };

  return (
    <Modal
      open
      title={target.mode === 'edit' ? t.editTitle : t.createTitle}
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
        onValuesChange={(changed: Values) => {
          clearEditedErrors(form, changed);
          if ('movementId' in changed) form.setFieldValue('periodCode', null);
        }}
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
        <Row gutter={16}>
          {target.mode === 'create' ? (
            <Col span={periods.length > 0 ? 16 : 24}>
              <Form.Item
                name="movementId"
                label={t.movement}
                rules={[{ required: true, message: t.movementRequired }]}
              >
                <Select
                  options={target.movements.map((m) => ({ value: m.id, label: m.title }))}
                  showSearch={{
                    filterOption: (input, option) =>
                      matchesSearch(String(option?.label ?? ''), input),
                  }}
                />
              </Form.Item>
            </Col>
          ) : null}
          {periods.length > 0 ? (
            <Col span={target.mode === 'create' ? 8 : 24}>
              <Form.Item name="periodCode" label={t.period} {...nullableSelect}>
                <Select
                  allowClear
                  placeholder={t.periodPlaceholder}
                  options={periods.map((p) => ({ value: p.code, label: p.name }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={12} md={8}>
            <Form.Item
              name="date"
              label={t.date}
              rules={[{ required: true, message: t.dateRequired }]}
              {...isoDateItemProps}
            >
              <DateInput allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="startTime"
              label={t.time}
              rules={[{ pattern: TIME, message: t.timeInvalid }]}
            >
              <Input placeholder={t.timePlaceholder} autoComplete="off" maxLength={5} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="place" label={t.place}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t.note}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
