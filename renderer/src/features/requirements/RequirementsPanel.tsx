import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Input as ApiInput } from '../../../../shared/contract';
import {
  PROCEDURES,
  SUBJECT_TYPES,
  type AwardForm,
  type Procedure,
  type SubjectType,
} from '../../../../shared/domain/award-form';
import { formatDateVi, todayIso } from '../../../../shared/domain/dates';
import {
  DOC_TYPES,
  DossierRequirementInput,
  MAX_REQUIREMENT_COPIES,
  REQUIREMENT_CONDITIONS,
  type DocType,
  type DossierRequirement,
  type RequirementCondition,
} from '../../../../shared/domain/dossier';
import {
  DOC_TYPE_LABELS,
  REQUIREMENT_CONDITION_LABELS,
} from '../../../../shared/domain/dossier-labels';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, clearEditedErrors, errorText } from '../../components/api-errors';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { QueryError } from '../../components/QueryError';
import { catalogQueries } from '../catalog/queries';
import { requirementsMessages as t } from './messages.vi';
import {
  useCreateRequirementMutation,
  useDeleteRequirementMutation,
  useUpdateRequirementMutation,
} from './mutations';
import { requirementQueries } from './queries';

type Field = keyof typeof DossierRequirementInput.shape;
const FIELDS = Object.keys(DossierRequirementInput.shape) as Field[];
/** The schema's title, so the form and the server's messages use the same words. */
const label = (field: Field) => DossierRequirementInput.shape[field].meta()?.title ?? field;

interface FormValues {
  procedure: Procedure | null;
  awardFormCode: string | null;
  subjectType: SubjectType | null;
  condition: RequirementCondition | null;
  docType: DocType | null;
  label: string;
  copies: number | null;
  mandatory: boolean;
  legalSource: string;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
  sortOrder: number | null;
}

const toValues = (r: DossierRequirement | null): FormValues => ({
  procedure: r?.procedure ?? null,
  awardFormCode: r?.awardFormCode ?? null,
  subjectType: r?.subjectType ?? null,
  condition: r?.condition ?? null,
  docType: r?.docType ?? null,
  label: r?.label ?? '',
  copies: r?.copies ?? 1,
  mandatory: r?.mandatory ?? true,
  legalSource: r?.legalSource ?? '',
  validFrom: r?.validFrom ? dayjs(r.validFrom) : null,
  validTo: r?.validTo ? dayjs(r.validTo) : null,
  sortOrder: r?.sortOrder ?? null,
});

/** `docType` and `copies` have `required` rules, so they are set when the form submits. */
const toInput = (v: FormValues & { docType: DocType; copies: number }) => ({
  procedure: v.procedure,
  awardFormCode: v.awardFormCode,
  subjectType: v.subjectType,
  condition: v.condition,
  docType: v.docType,
  label: v.label,
  copies: v.copies,
  mandatory: v.mandatory,
  legalSource: v.legalSource,
  validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : null,
  validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
  sortOrder: v.sortOrder,
});

function validityText(r: DossierRequirement): string {
  if (!r.validFrom && !r.validTo) return t.always;
  return [
    r.validFrom && t.from(formatDateVi(r.validFrom)),
    r.validTo && t.until(formatDateVi(r.validTo)),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Records no longer in force go last; otherwise the checklist order the server gives. */
function inForceFirst(list: readonly DossierRequirement[]): DossierRequirement[] {
  const today = todayIso();
  const expired = (r: DossierRequirement) => (r.validTo !== null && r.validTo < today ? 1 : 0);
  return [...list].sort((a, b) => expired(a) - expired(b));
}

const procedureOptions = [
  { value: null, label: t.anyProcedure },
  ...PROCEDURES.map((p) => ({ value: p, label: t.procedures[p] })),
];
const conditionOptions = [
  { value: null, label: t.noCondition },
  ...REQUIREMENT_CONDITIONS.map((c) => ({ value: c, label: REQUIREMENT_CONDITION_LABELS[c] })),
];
const docTypeOptions = DOC_TYPES.map((d) => ({ value: d, label: DOC_TYPE_LABELS[d] }));

/**
 * Cài đặt → “Giấy tờ trong hồ sơ”: the requirement records that generate each dossier's checklist
 * (domain.md §3.3–3.4), editable so a province can add the documents its own regulation asks for.
 */
export function RequirementsPanel() {
  const { message } = App.useApp();
  const requirements = useQuery(requirementQueries.list());
  const forms = useQuery(catalogQueries.awardForms());
  const remove = useDeleteRequirementMutation();
  const [editing, setEditing] = useState<{ requirement: DossierRequirement | null } | null>(null);

  const onDelete = (r: DossierRequirement) =>
    remove.mutate(r.id, {
      onSuccess: () => void message.success(t.deleted),
      onError: (error) => void message.error(errorText(error)),
    });

  return (
    <Card
      title={t.title}
      style={{ marginTop: 16 }}
      extra={
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditing({ requirement: null })}
        >
          {t.add}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Alert type="info" showIcon title={t.appliesWhen} style={{ marginBottom: 12 }} />
      {requirements.isError ? (
        <QueryError error={requirements.error} onRetry={() => void requirements.refetch()} />
      ) : (
        <Table<DossierRequirement>
          aria-label={t.tableLabel}
          rowKey="id"
          size="small"
          loading={requirements.isPending}
          dataSource={inForceFirst(requirements.data ?? [])}
          pagination={{ hideOnSinglePage: true, defaultPageSize: 50 }}
          scroll={{ x: 1530 }}
          locale={{ emptyText: t.empty }}
          columns={columns(forms.data ?? [], {
            onEdit: (requirement) => setEditing({ requirement }),
            onDelete,
          })}
        />
      )}
      {editing ? (
        <RequirementModal requirement={editing.requirement} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}

function columns(
  forms: readonly AwardForm[],
  actions: {
    onEdit: (r: DossierRequirement) => void;
    onDelete: (r: DossierRequirement) => void;
  },
): TableColumnsType<DossierRequirement> {
  const c = t.columns;
  const today = todayIso();
  const any = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  return [
    {
      key: 'procedure',
      title: c.procedure,
      width: 110,
      render: (_v, r) => (r.procedure ? t.procedures[r.procedure] : any(t.anyProcedure)),
    },
    {
      key: 'awardForm',
      title: c.awardForm,
      width: 160,
      render: (_v, r) =>
        r.awardFormCode
          ? (forms.find((f) => f.code === r.awardFormCode)?.name ?? r.awardFormCode)
          : any(t.anyForm),
    },
    {
      key: 'subject',
      title: c.subject,
      width: 110,
      render: (_v, r) => (r.subjectType ? t.subjects[r.subjectType] : any(t.anySubject)),
    },
    {
      key: 'condition',
      title: c.condition,
      width: 160,
      render: (_v, r) => (r.condition ? REQUIREMENT_CONDITION_LABELS[r.condition] : null),
    },
    {
      key: 'document',
      title: c.document,
      width: 320,
      render: (_v, r) => (
        <Flex vertical>
          <Typography.Text>{r.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {DOC_TYPE_LABELS[r.docType]}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'copies', title: c.copies, width: 70, align: 'right', dataIndex: 'copies' },
    {
      key: 'mandatory',
      title: c.mandatory,
      width: 80,
      render: (_v, r) => (r.mandatory ? t.yes : any(t.no)),
    },
    { key: 'source', title: c.source, width: 220, dataIndex: 'legalSource' },
    {
      key: 'validity',
      title: c.validity,
      width: 150,
      render: (_v, r) => (
        <Flex gap={4} wrap>
          <span>{validityText(r)}</span>
          {r.validTo !== null && r.validTo < today ? <Tag>{t.expired}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: c.actions,
      width: 150,
      fixed: 'right',
      render: (_v, r) => (
        <Flex gap={4}>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined aria-hidden />}
            aria-label={t.editLabel(r.label)}
            onClick={() => actions.onEdit(r)}
          >
            {t.edit}
          </Button>
          <ConfirmDeleteButton
            text={t.delete}
            label={t.deleteLabel(r.label)}
            confirmTitle={t.deleteConfirmTitle}
            confirmBody={t.deleteConfirmBody(r.label)}
            cancelText={t.cancel}
            onConfirm={() => actions.onDelete(r)}
          />
        </Flex>
      ),
    },
  ];
}

function RequirementModal({
  requirement: existing,
  onClose,
}: {
  requirement: DossierRequirement | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateRequirementMutation();
  const update = useUpdateRequirementMutation();
  const saving = create.isPending || update.isPending;
  const [problem, setProblem] = useState<string | null>(null);
  const forms = useQuery(catalogQueries.awardForms());
  const chosenForm = Form.useWatch('awardFormCode', form);
  const allowedSubjects =
    forms.data?.find((f) => f.code === chosenForm)?.subjectTypes ?? SUBJECT_TYPES;

  const submit = (values: FormValues) => {
    const { docType, copies } = values;
    if (docType === null || copies === null) return; // the required rules have said so
    setProblem(null);
    const input: ApiInput<'requirements.create'> = toInput({ ...values, docType, copies });
    const callbacks = {
      onSuccess: () => {
        void message.success(t.saved);
        onClose();
      },
      onError: (error: unknown) => setProblem(applyApiErrorToForm(form, error, FIELDS)),
    };
    if (existing) update.mutate({ id: existing.id, ...input }, callbacks);
    else create.mutate(input, callbacks);
  };

  /** Picking a kind of document names it, until the person writes a name of their own. */
  const onValuesChange = (changed: Partial<FormValues>) => {
    void clearEditedErrors(form, changed);
    if (changed.docType && form.getFieldValue('label') === '') {
      form.setFieldValue('label', DOC_TYPE_LABELS[changed.docType]);
    }
  };

  const required = [{ required: true, message: t.required }];
  return (
    <Modal
      open
      title={existing ? t.editTitle : t.addTitle}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      {problem ? (
        <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />
      ) : null}
      <Form<FormValues>
        form={form}
        name="requirement"
        layout="vertical"
        initialValues={toValues(existing)}
        onFinish={submit}
        onValuesChange={onValuesChange}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="docType" label={label('docType')} rules={required}>
              <Select
                options={docTypeOptions}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="copies" label={label('copies')} rules={required}>
              <InputNumber
                min={1}
                max={MAX_REQUIREMENT_COPIES}
                precision={0}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="mandatory" valuePropName="checked" style={{ marginTop: 30 }}>
              <Checkbox>{label('mandatory')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="label" label={label('label')} rules={required} extra={t.hints.label}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="procedure" label={label('procedure')}>
              <Select options={procedureOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="awardFormCode" label={label('awardFormCode')}>
              <Select
                loading={forms.isPending}
                options={[
                  { value: null, label: t.anyForm },
                  ...(forms.data ?? []).map((f) => ({ value: f.code, label: f.name })),
                ]}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="subjectType" label={label('subjectType')}>
              <Select
                options={[
                  { value: null, label: t.anySubject },
                  ...allowedSubjects.map((s) => ({ value: s, label: t.subjects[s] })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="condition" label={label('condition')}>
              <Select options={conditionOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="legalSource"
          label={label('legalSource')}
          rules={required}
          extra={t.hints.legalSource}
        >
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="validFrom" label={label('validFrom')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="validTo" label={label('validTo')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="sortOrder" label={label('sortOrder')} extra={t.hints.sortOrder}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
