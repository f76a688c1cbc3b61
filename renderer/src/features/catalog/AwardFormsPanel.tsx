import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  AwardFormInput,
  SUBJECT_TYPES,
  type AwardForm,
  type SubjectType,
} from '../../../../shared/domain/award-form';
import { formatDateVi } from '../../../../shared/domain/dates';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { catalogMessages as t } from './messages.vi';
import { useSaveAwardFormMutation } from './mutations';
import { catalogQueries } from './queries';

type Field = keyof typeof AwardFormInput.shape;
const FIELDS = Object.keys(AwardFormInput.shape) as Field[];
const label = (field: Field) => AwardFormInput.shape[field].meta()?.title ?? field;

interface FormValues {
  code: string;
  name: string;
  printName: string;
  awardClass: string;
  level: string;
  decidingAuthority: string;
  subjectTypes: SubjectType[];
  allowsPosthumous: boolean;
  armedForcesOnly: boolean;
  procedure: string;
  legalSource: string;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
  defaultVotingRuleCode: string | null;
}

const toValues = (f: AwardForm | null): FormValues => ({
  code: f?.code ?? '',
  name: f?.name ?? '',
  printName: f?.printName ?? '',
  awardClass: f?.awardClass ?? '',
  level: f?.level ?? '',
  decidingAuthority: f?.decidingAuthority ?? '',
  subjectTypes: f?.subjectTypes ?? ['tap_the', 'ca_nhan'],
  allowsPosthumous: f?.allowsPosthumous ?? false,
  armedForcesOnly: f?.armedForcesOnly ?? false,
  procedure: f?.procedure ?? 'thường hoặc đơn giản',
  legalSource: f?.legalSource ?? '',
  validFrom: f?.validFrom ? dayjs(f.validFrom) : null,
  validTo: f?.validTo ? dayjs(f.validTo) : null,
  defaultVotingRuleCode: f?.defaultVotingRuleCode ?? null,
});

const toInput = (v: FormValues): AwardFormInput => ({
  code: v.code.trim(),
  name: v.name,
  printName: v.printName,
  awardClass: v.awardClass,
  level: v.level,
  decidingAuthority: v.decidingAuthority,
  subjectTypes: v.subjectTypes,
  allowsPosthumous: v.allowsPosthumous,
  armedForcesOnly: v.armedForcesOnly,
  procedure: v.procedure,
  legalSource: v.legalSource,
  validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : null,
  validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
  defaultVotingRuleCode: v.defaultVotingRuleCode,
});

function validityText(f: AwardForm): string {
  if (!f.validFrom && !f.validTo) return t.always;
  return [
    f.validFrom && t.from(formatDateVi(f.validFrom)),
    f.validTo && t.until(formatDateVi(f.validTo)),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The award-form catalogue (seeded from the law, editable): a table and an add/edit dialog. */
export function AwardFormsPanel() {
  const forms = useQuery(catalogQueries.awardForms());
  const votingRules = useQuery(catalogQueries.votingRules());
  const ruleName = (code: string | null) =>
    (code && votingRules.data?.find((r) => r.code === code)?.name) || t.councilRegulation;
  const [editing, setEditing] = useState<{ form: AwardForm | null } | null>(null);
  return (
    <Card
      title={t.title}
      style={{ marginTop: 16 }}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ form: null })}>
          {t.add}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {forms.isError ? (
        <QueryError error={forms.error} onRetry={() => void forms.refetch()} />
      ) : (
        <Table<AwardForm>
          rowKey="code"
          size="small"
          loading={forms.isPending}
          dataSource={forms.data ?? []}
          pagination={false}
          scroll={{ x: 1300 }}
          columns={[
            {
              title: t.columns.name,
              key: 'name',
              width: 220,
              render: (_, f) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{f.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {f.code}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t.columns.subjects,
              key: 'subjects',
              render: (_, f) => (
                <Space size={[0, 4]} wrap>
                  {f.subjectTypes.map((s) => (
                    <Tag key={s}>{t.subjects[s]}</Tag>
                  ))}
                  {f.allowsPosthumous && <Tag color="default">{t.posthumous}</Tag>}
                  {f.armedForcesOnly && <Tag color="orange">{t.armedForcesOnly}</Tag>}
                </Space>
              ),
            },
            { title: t.columns.authority, dataIndex: 'decidingAuthority', key: 'authority' },
            { title: t.columns.source, dataIndex: 'legalSource', key: 'source' },
            {
              title: t.columns.rates,
              key: 'rates',
              render: (_, f) =>
                f.rewardRates.length === 0 ? (
                  <Typography.Text type="secondary">{t.noRates}</Typography.Text>
                ) : (
                  f.rewardRates.map((r) => (
                    <div key={`${r.regimeCode}-${r.subjectType}`} title={r.source}>
                      {t.subjects[r.subjectType]}: {r.multiplier.toLocaleString('vi-VN')} ×{' '}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        ({r.source})
                      </Typography.Text>
                    </div>
                  ))
                ),
            },
            {
              title: t.columns.voting,
              key: 'voting',
              render: (_, f) => ruleName(f.defaultVotingRuleCode),
            },
            { title: t.columns.validity, key: 'validity', render: (_, f) => validityText(f) },
            {
              title: t.columns.actions,
              key: 'actions',
              render: (_, f) => (
                <Button
                  type="link"
                  icon={<EditOutlined aria-hidden />}
                  onClick={() => setEditing({ form: f })}
                  aria-label={`${t.edit} ${f.name}`}
                >
                  {t.edit}
                </Button>
              ),
            },
          ]}
        />
      )}
      {editing && <AwardFormModal form={editing.form} onClose={() => setEditing(null)} />}
    </Card>
  );
}

function AwardFormModal({
  form: existing,
  onClose,
}: {
  form: AwardForm | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const mode = existing ? 'update' : 'create';
  const save = useSaveAwardFormMutation(mode);
  const [problem, setProblem] = useState<string | null>(null);
  const votingRules = useQuery(catalogQueries.votingRules());

  const submit = (values: FormValues) => {
    setProblem(null);
    save.mutate(toInput(values), {
      onSuccess: () => {
        void message.success(t.saved);
        onClose();
      },
      onError: (error) => setProblem(applyApiErrorToForm(form, error, FIELDS)),
    });
  };

  return (
    <Modal
      open
      title={existing ? t.editTitle : t.addTitle}
      okText={t.save}
      cancelText={t.cancel}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={toValues(existing)}
        onFinish={submit}
        onValuesChange={(changed) => void clearEditedErrors(form, changed)}
      >
        <Form.Item
          name="name"
          label={label('name')}
          rules={[{ required: true, message: 'Không được để trống' }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item
          name="code"
          label={label('code')}
          rules={[{ required: true, message: 'Không được để trống' }]}
        >
          <Input disabled={existing !== null} />
        </Form.Item>
        <Form.Item
          name="printName"
          label={label('printName')}
          rules={[{ required: true, message: 'Không được để trống' }]}
        >
          <Input />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="awardClass" label={label('awardClass')} style={{ width: '30%' }}>
            <Input />
          </Form.Item>
          <Form.Item
            name="level"
            label={label('level')}
            style={{ width: '70%' }}
            rules={[{ required: true, message: 'Không được để trống' }]}
          >
            <Input />
          </Form.Item>
        </Space.Compact>
        <Form.Item
          name="decidingAuthority"
          label={label('decidingAuthority')}
          rules={[{ required: true, message: 'Không được để trống' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="subjectTypes"
          label={label('subjectTypes')}
          rules={[{ required: true, message: 'Chọn ít nhất một đối tượng' }]}
        >
          <Checkbox.Group
            options={SUBJECT_TYPES.map((s) => ({ value: s, label: t.subjects[s] }))}
          />
        </Form.Item>
        <Space size="large">
          <Form.Item name="allowsPosthumous" valuePropName="checked">
            <Checkbox>{label('allowsPosthumous')}</Checkbox>
          </Form.Item>
          <Form.Item name="armedForcesOnly" valuePropName="checked">
            <Checkbox>{label('armedForcesOnly')}</Checkbox>
          </Form.Item>
        </Space>
        <Form.Item
          name="procedure"
          label={label('procedure')}
          rules={[{ required: true, message: 'Không được để trống' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="legalSource"
          label={label('legalSource')}
          rules={[{ required: true, message: 'Không được để trống' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="defaultVotingRuleCode" label={label('defaultVotingRuleCode')}>
          <Select
            options={[
              { value: null, label: t.councilRegulation },
              ...(votingRules.data ?? []).map((r) => ({
                value: r.code,
                label: `${r.name} (${r.source})`,
              })),
            ]}
          />
        </Form.Item>
        <Space size="large">
          <Form.Item name="validFrom" label={label('validFrom')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="validTo" label={label('validTo')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Space>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
