import { Alert, App, Button, Col, Form, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import type { InputRef } from 'antd';
import { useMemo, useRef, useState } from 'react';
import {
  COUNCIL_ROLE_LABELS,
  COUNCIL_ROLES,
  type CouncilDetail,
  type CouncilMember,
  type CouncilRole,
} from '../../../../shared/domain/council';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { councilMessages } from './messages.vi';
import { useCreateMemberMutation, useUpdateMemberMutation } from './mutations';

const t = councilMessages.members;
const FORM_ID = 'council-member-form';

export type MemberEditorTarget = { mode: 'create' } | { mode: 'edit'; member: CouncilMember };

interface Values {
  fullName?: string;
  position?: string | null;
  role?: CouncilRole;
  isVoting?: boolean;
  termFrom?: string | null;
  termTo?: string | null;
}
const FIELD_NAMES = [
  'fullName',
  'position',
  'role',
  'isVoting',
  'termFrom',
  'termTo',
] as const satisfies readonly (keyof Values)[];

const ROLE_OPTIONS = COUNCIL_ROLES.map((role) => ({
  value: role,
  label: COUNCIL_ROLE_LABELS[role],
}));

/**
 * Adds members one after another from the keyboard: Enter saves the person and clears the form
 * for the next (role and term kept); “Đóng” ends. Editing saves and closes.
 */
export function MemberFormModal({
  council,
  target,
  onClose,
}: {
  council: CouncilDetail;
  target: MemberEditorTarget;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const nameRef = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [addedCount, setAddedCount] = useState(0);
  const create = useCreateMemberMutation();
  const update = useUpdateMemberMutation();
  const initial = useMemo<Values>(
    () =>
      target.mode === 'edit'
        ? { ...target.member }
        : {
            // The first member of a new council is usually its chairman.
            role: council.members.length === 0 ? 'chu_tich' : 'uy_vien',
            isVoting: true,
            termFrom: council.validFrom,
            termTo: null,
          },
    [target, council],
  );

  const onValuesChange = (changed: Values) => {
    clearEditedErrors(form, changed);
    // A secretary usually does not vote; everyone else does.
    if (changed.role !== undefined) form.setFieldValue('isVoting', changed.role !== 'thu_ky');
  };

  const onFinish = (values: Values) => {
    setFormError(null);
    const fields = {
      fullName: values.fullName?.trim() ?? '',
      position: values.position?.trim() || null,
      role: values.role ?? 'uy_vien',
      isVoting: values.isVoting ?? true,
      termFrom: values.termFrom ?? '',
      termTo: values.termTo ?? null,
    };
    const onError = (error: unknown) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES));
    if (target.mode === 'edit') {
      update.mutate(
        { id: target.member.id, ...fields, sortOrder: target.member.sortOrder },
        { onSuccess: onClose, onError },
      );
      return;
    }
    create.mutate(
      { councilId: council.id, ...fields, sortOrder: null },
      {
        onSuccess: (member) => {
          void message.success(t.added(member.fullName));
          setAddedCount((n) => n + 1);
          // Next person: same term; after a chairman, the next is usually an ủy viên.
          form.setFieldsValue({
            fullName: '',
            position: null,
            role: member.role === 'chu_tich' || member.role === 'thu_ky' ? 'uy_vien' : member.role,
            isVoting: true,
          });
          nameRef.current?.focus();
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      title={target.mode === 'edit' ? t.editTitle(target.member.fullName) : t.createTitle}
      width={720}
      onCancel={onClose}
      mask={{ closable: false }}
      afterOpenChange={(open) => {
        if (open) nameRef.current?.focus();
      }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {target.mode === 'edit' ? councilMessages.cancel : t.done}
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form={FORM_ID}
          loading={create.isPending || update.isPending}
        >
          {target.mode === 'edit' ? councilMessages.save : t.saveAndNext}
        </Button>,
      ]}
    >
      {target.mode === 'create' ? (
        <Typography.Paragraph type="secondary">
          {t.hint} {addedCount > 0 ? t.addedCount(addedCount) : null}
        </Typography.Paragraph>
      ) : null}
      <Form<Values>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        requiredMark
      >
        {formError ? (
          <Alert
            type="error"
            showIcon
            title={councilMessages.form.failed}
            description={formError}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="fullName"
              label={t.fullName}
              rules={[{ required: true, whitespace: true, message: t.nameRequired }]}
            >
              <Input ref={nameRef} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="position" label={t.position}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="role"
              label={t.role}
              rules={[{ required: true, message: t.roleRequired }]}
            >
              <Select
                options={ROLE_OPTIONS}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="isVoting" label={t.votingYes} valuePropName="checked">
              <Switch
                checkedChildren={councilMessages.yes}
                unCheckedChildren={councilMessages.no}
              />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="termFrom"
              label={t.termFrom}
              rules={[{ required: true, message: t.termFromRequired }]}
              {...isoDateItemProps}
            >
              <DateInput allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="termTo" label={t.termTo} extra={t.termToHint} {...isoDateItemProps}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
