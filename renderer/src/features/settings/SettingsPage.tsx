import { SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  AgencySettingsInput,
  SIGNER_DELEGATIONS,
  type AgencySettings,
} from '../../../../shared/domain/settings';
import { distinctLevels } from '../../../../shared/rules/decision-authority';
import { signatureBlockLines } from '../../../../shared/rules/signature-block';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { AuditPanel } from '../audit/AuditPanel';
import { AwardFormsPanel } from '../catalog/AwardFormsPanel';
import { catalogQueries } from '../catalog/queries';
import { RequirementsPanel } from '../requirements/RequirementsPanel';
import { BackupPanel } from './BackupPanel';
import { settingsMessages as t } from './messages.vi';
import { useUpdateSettingsMutation } from './mutations';
import { settingsQueries } from './queries';

type SettingsValues = AgencySettingsInput;
type SettingsField = keyof SettingsValues;

const FIELDS = Object.keys(AgencySettingsInput.shape) as SettingsField[];

/** The label is the schema's title, so the form and the server's error messages use the same words. */
function label(field: SettingsField): string {
  return AgencySettingsInput.shape[field].meta()?.title ?? field;
}

const GROUPS: { title: string; fields: SettingsField[] }[] = [
  {
    title: t.groups.agency,
    fields: ['governingBody', 'issuingBody', 'issuingBodyAbbr', 'placeName'],
  },
  {
    title: t.groups.signer,
    fields: [
      'signerOnBehalfOf',
      'signerDelegation',
      'signerDelegationOf',
      'signerTitle',
      'signerName',
      'decisionLevel',
    ],
  },
  { title: t.groups.user, fields: ['userName'] },
];

const delegationOptions = SIGNER_DELEGATIONS.map((value) => ({
  value,
  label: t.delegations[value],
}));

function toFormValues(settings: AgencySettings): SettingsValues {
  return {
    governingBody: settings.governingBody,
    issuingBody: settings.issuingBody,
    issuingBodyAbbr: settings.issuingBodyAbbr,
    placeName: settings.placeName,
    signerOnBehalfOf: settings.signerOnBehalfOf,
    signerDelegation: settings.signerDelegation,
    signerDelegationOf: settings.signerDelegationOf,
    signerTitle: settings.signerTitle,
    signerName: settings.signerName,
    userName: settings.userName,
    // '' is the “Chưa khai báo” option; the schema stores it as null.
    decisionLevel: settings.decisionLevel ?? '',
  };
}

export function SettingsPage() {
  const settings = useQuery(settingsQueries.detail());
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      {settings.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
      <AwardFormsPanel />
      <RequirementsPanel />
      <BackupPanel />
      <AuditPanel />
    </>
  );
}

function SettingsForm({ settings }: { settings: AgencySettings }) {
  // The catalogue is editable: its own levels are the choices (the saved one kept if since gone).
  const awardForms = useQuery(catalogQueries.awardForms());
  const levelOptions = [
    { value: '', label: t.levelUnset },
    ...distinctLevels([
      ...(awardForms.data ?? []).map((f) => f.level),
      ...(settings.decisionLevel ? [settings.decisionLevel] : []),
    ]).map((level) => ({ value: level, label: level })),
  ];
  const { message } = App.useApp();
  const [form] = Form.useForm<SettingsValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateSettingsMutation();

  const onFinish = (values: SettingsValues) => {
    setFormError(null);
    update.mutate(values, {
      onSuccess: () => void message.success(t.saved),
      onError: (error) => setFormError(applyApiErrorToForm(form, error, FIELDS)),
    });
  };

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={15}>
        <Form<SettingsValues>
          form={form}
          name="settings"
          layout="vertical"
          initialValues={toFormValues(settings)}
          onFinish={onFinish}
          onValuesChange={(changed) => void clearEditedErrors(form, changed)}
          scrollToFirstError
        >
          {GROUPS.map((group) => (
            <Card key={group.title} title={group.title} size="small" style={{ marginBottom: 16 }}>
              <Row gutter={16}>
                {group.fields.map((field) => (
                  <Col key={field} xs={24} md={field === 'userName' ? 24 : 12}>
                    <SettingsItem field={field} levelOptions={levelOptions} />
                  </Col>
                ))}
              </Row>
            </Card>
          ))}
          {formError ? (
            <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />
          ) : null}
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined aria-hidden />}
            loading={update.isPending}
          >
            {t.save}
          </Button>
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            {settings.updatedAt
              ? `${t.lastSaved} ${dayjs(settings.updatedAt).format('DD/MM/YYYY HH:mm')}`
              : t.neverSaved}
          </Typography.Text>
        </Form>
      </Col>
      <Col xs={24} xl={9}>
        <SignaturePreview form={form} />
      </Col>
    </Row>
  );
}

function SettingsItem({
  field,
  levelOptions,
}: {
  field: SettingsField;
  levelOptions: { value: string; label: string }[];
}) {
  const extra =
    field === 'signerDelegationOf' || field === 'signerTitle' || field === 'decisionLevel'
      ? t.hints[field]
      : null;
  return (
    <Form.Item name={field} label={label(field)} extra={extra}>
      {field === 'signerDelegation' ? (
        <Select options={delegationOptions} />
      ) : field === 'decisionLevel' ? (
        <Select options={levelOptions} />
      ) : (
        <Input
          placeholder={field in t.placeholders ? t.placeholders[field] : undefined}
          autoComplete="off"
        />
      )}
    </Form.Item>
  );
}

/** Updates as the person types, with the same rule the document generator will use. */
function SignaturePreview({ form }: { form: ReturnType<typeof Form.useForm<SettingsValues>>[0] }) {
  const signerOnBehalfOf = Form.useWatch('signerOnBehalfOf', form) ?? '';
  const signerDelegation = Form.useWatch('signerDelegation', form) ?? '';
  const signerDelegationOf = Form.useWatch('signerDelegationOf', form) ?? '';
  const signerTitle = Form.useWatch('signerTitle', form) ?? '';
  const signerName = Form.useWatch('signerName', form) ?? '';
  const lines = signatureBlockLines({
    signerOnBehalfOf: signerOnBehalfOf.trim(),
    signerDelegation,
    signerDelegationOf: signerDelegationOf.trim(),
    signerTitle: signerTitle.trim(),
    signerName: signerName.trim(),
  });
  const isEmpty = lines.every((line) => line === '');
  return (
    <Card size="small" title={t.preview.title} style={{ position: 'sticky', top: 16 }}>
      <section aria-label={t.preview.title} className="signature-preview">
        {isEmpty ? (
          <Typography.Text type="secondary">{t.preview.empty}</Typography.Text>
        ) : (
          lines.map((line, index) =>
            line === '' ? (
              <div key={index} className="signature-gap">
                {t.preview.signatureGap}
              </div>
            ) : (
              <div key={index} className="signature-line">
                {line}
              </div>
            ),
          )
        )}
      </section>
      <Typography.Paragraph
        type="secondary"
        style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}
      >
        {t.preview.note}
      </Typography.Paragraph>
    </Card>
  );
}
