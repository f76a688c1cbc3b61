import {
  Alert,
  AutoComplete,
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  Modal,
  Row,
  Select,
  TreeSelect,
  type InputRef,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import type { Unit, UnitKind } from '../../../../shared/domain/unit';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { unitsMessages } from './messages.vi';
import { useCreateUnitMutation, useUpdateUnitMutation } from './mutations';
import { ancestorsOf, childrenOf, selfAndDescendants, type UnitIndex } from './unit-tree';

const t = unitsMessages.form;
const FORM_ID = 'unit-form';
/** Display format first; the others are accepted when typed (“1/7/2025”, “01072025”). */
const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

export type UnitEditorTarget =
  { mode: 'create'; parentId: number | null } | { mode: 'edit'; unit: Unit };

interface UnitFormValues {
  name?: string;
  shortName?: string | null;
  kindCode?: string;
  parentId?: number | null;
  sector?: string | null;
  code?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  note?: string | null;
}

const FIELD_NAMES = [
  'name',
  'shortName',
  'kindCode',
  'parentId',
  'sector',
  'code',
  'validFrom',
  'validTo',
  'note',
] as const satisfies readonly (keyof UnitFormValues)[];

interface ParentNode {
  value: number;
  title: string;
  disabled: boolean;
  children: ParentNode[];
}

function parentTree(index: UnitIndex, excluded: ReadonlySet<number>): ParentNode[] {
  const build = (parentId: number | null): ParentNode[] =>
    childrenOf(index, parentId).map((unit) => ({
      value: unit.id,
      title: unit.name,
      disabled: excluded.has(unit.id),
      children: build(unit.id),
    }));
  return build(null);
}

function initialValues(target: UnitEditorTarget): UnitFormValues {
  if (target.mode === 'create') return { parentId: target.parentId };
  const { unit } = target;
  return {
    name: unit.name,
    shortName: unit.shortName,
    kindCode: unit.kindCode,
    parentId: unit.parentId,
    sector: unit.sector,
    code: unit.code,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    note: unit.note,
  };
}

// The form keeps dates as ISO text (what the API takes); only the picker sees dayjs values.
const dateValueProps = (value: string | null | undefined) => ({
  value: value ? dayjs(value) : null,
});
const normalizeDate = (value: Dayjs | null | undefined) =>
  value ? value.format('YYYY-MM-DD') : null;

/** Add or edit one unit. Nothing typed is lost when the server refuses: the modal stays open. */
export function UnitFormModal({
  target,
  index,
  kinds,
  sectors,
  onClose,
  onSaved,
}: {
  target: UnitEditorTarget;
  index: UnitIndex;
  kinds: readonly UnitKind[];
  sectors: readonly string[];
  onClose: () => void;
  onSaved: (unit: Unit, mode: UnitEditorTarget['mode']) => void;
}) {
  const [form] = Form.useForm<UnitFormValues>();
  const nameRef = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateUnitMutation();
  const update = useUpdateUnitMutation();
  const saving = create.isPending || update.isPending;

  const editedId = target.mode === 'edit' ? target.unit.id : null;
  const parentOptions = useMemo(
    () => parentTree(index, editedId === null ? new Set() : selfAndDescendants(index, editedId)),
    [index, editedId],
  );
  const initial = useMemo(() => initialValues(target), [target]);
  const initialParent = initial.parentId ?? null;
  const expandedParents = useMemo(
    () =>
      initialParent === null
        ? []
        : [...ancestorsOf(index, initialParent).map((u) => u.id), initialParent],
    [index, initialParent],
  );
  const kindOptions = kinds.map((k) => ({ value: k.code, label: k.name }));
  const sectorOptions = sectors.map((s) => ({ value: s }));

  const title =
    target.mode === 'edit'
      ? t.editTitle
      : target.parentId !== null
        ? t.createChildTitle(index.byId.get(target.parentId)?.name ?? '')
        : t.createTitle;

  const onFinish = (values: UnitFormValues) => {
    setFormError(null);
    const input = {
      name: values.name ?? '',
      shortName: values.shortName ?? null,
      kindCode: values.kindCode ?? '',
      parentId: values.parentId ?? null,
      sector: values.sector ?? null,
      code: values.code ?? null,
      validFrom: values.validFrom ?? null,
      validTo: values.validTo ?? null,
      note: values.note ?? null,
    };
    const handlers = {
      onSuccess: (unit: Unit) => onSaved(unit, target.mode),
      onError: (error: unknown) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES)),
    };
    if (target.mode === 'edit') update.mutate({ id: target.unit.id, ...input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <Modal
      open
      title={title}
      width={760}
      onCancel={onClose}
      mask={{ closable: false }}
      afterOpenChange={(open) => {
        // The dialog takes focus when it opens; give it to the first field once it is shown.
        if (open) nameRef.current?.focus();
      }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.cancel}
        </Button>,
        // Outside the <form> but tied to it by `form=`, so Enter in any field submits too.
        <Button key="submit" type="primary" htmlType="submit" form={FORM_ID} loading={saving}>
          {t.save}
        </Button>,
      ]}
    >
      <Form<UnitFormValues>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        onValuesChange={(changed) => void clearEditedErrors(form, changed)}
        scrollToFirstError
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
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label={t.name}
              rules={[{ required: true, whitespace: true, message: t.nameRequired }]}
            >
              <Input ref={nameRef} autoFocus placeholder={t.namePlaceholder} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="shortName" label={t.shortName}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="kindCode"
              label={t.kindCode}
              rules={[{ required: true, message: t.kindRequired }]}
            >
              <Select
                options={kindOptions}
                placeholder={t.kindPlaceholder}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="parentId" label={t.parentId}>
              <TreeSelect
                treeData={parentOptions}
                placeholder={t.parentPlaceholder}
                allowClear
                treeDefaultExpandedKeys={expandedParents}
                showSearch={{
                  filterTreeNode: (input, node) =>
                    typeof node.title === 'string' && matchesSearch(node.title, input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="sector" label={t.sector}>
              <AutoComplete
                options={sectorOptions}
                placeholder={t.sectorPlaceholder}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.value ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="code" label={t.code}>
              <Input placeholder={t.codePlaceholder} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="validFrom"
              label={t.validFrom}
              getValueProps={dateValueProps}
              normalize={normalizeDate}
            >
              <DatePicker
                format={DATE_FORMATS}
                placeholder={t.datePlaceholder}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="validTo"
              label={t.validTo}
              dependencies={['validFrom']}
              getValueProps={dateValueProps}
              normalize={normalizeDate}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_rule, value: string | null | undefined) => {
                    const from = getFieldValue('validFrom') as string | null | undefined;
                    return !value || !from || from <= value
                      ? Promise.resolve()
                      : Promise.reject(new Error(t.validToBeforeFrom));
                  },
                }),
              ]}
            >
              <DatePicker
                format={DATE_FORMATS}
                placeholder={t.datePlaceholder}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t.note}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                placeholder={t.notePlaceholder}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
