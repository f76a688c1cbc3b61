import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Skeleton,
  Switch,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  SUBJECT_TYPE_LABELS,
  SUBJECT_TYPES,
  type AwardForm,
  type SubjectType,
  type VotingRule,
} from '../../../../shared/domain/award-form';
import { TIE_RULES, type CouncilRules, type TieRule } from '../../../../shared/domain/council';
import {
  OVER_QUOTA_RULE_LABELS,
  OVER_QUOTA_RULES,
  type OverQuotaRule,
} from '../../../../shared/domain/council-voting';
import { formatDateVi } from '../../../../shared/domain/dates';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { catalogQueries } from '../catalog/queries';
import { councilMessages } from './messages.vi';
import { useUpdateRulesMutation } from './mutations';
import { councilQueries } from './queries';

const t = councilMessages.rules;
const ALL_SUBJECTS = 'all';

interface OverrideValues {
  awardFormCode?: string;
  subjectType?: SubjectType | typeof ALL_SUBJECTS;
  votingRuleCode?: string;
  source?: string | null;
}
interface Values {
  quorumNum?: number | null;
  quorumDen?: number | null;
  quorumComparator?: 'gte' | 'gt';
  tieRule?: TieRule;
  overQuotaRule?: OverQuotaRule;
  numberedBallots?: boolean;
  source?: string;
  overrides?: OverrideValues[];
}
const FIELD_NAMES = [
  'quorumNum',
  'quorumDen',
  'quorumComparator',
  'tieRule',
  'source',
  'overrides',
];

/** The council's rules: quorum, ties, and its own voting rules per award form × subject. */
export function RulesTab({ councilId }: { councilId: number }) {
  const rules = useQuery(councilQueries.rules(councilId));
  const awardForms = useQuery(catalogQueries.awardForms());
  const votingRules = useQuery(catalogQueries.votingRules());
  const failed = rules.error ?? awardForms.error ?? votingRules.error;
  if (failed) {
    return (
      <QueryError
        error={failed}
        onRetry={() => {
          void rules.refetch();
          void awardForms.refetch();
          void votingRules.refetch();
        }}
      />
    );
  }
  if (!rules.data || !awardForms.data || !votingRules.data) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  return (
    <RulesForm
      key={JSON.stringify(rules.data)}
      rules={rules.data}
      awardForms={awardForms.data}
      votingRules={votingRules.data}
    />
  );
}

/** Name, source and validity: two rules may read alike but come from different decrees. */
function votingRuleLabel(rule: VotingRule): string {
  const validity =
    rule.validFrom || rule.validTo
      ? ` (${t.validity(formatDateVi(rule.validFrom), rule.validTo ? formatDateVi(rule.validTo) : null)})`
      : '';
  return `${rule.name} — ${rule.source}${validity}`;
}

function RulesForm({
  rules,
  awardForms,
  votingRules,
}: {
  rules: CouncilRules;
  awardForms: readonly AwardForm[];
  votingRules: readonly VotingRule[];
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const save = useUpdateRulesMutation();
  const ruleByCode = useMemo(() => new Map(votingRules.map((r) => [r.code, r])), [votingRules]);
  const formByCode = useMemo(() => new Map(awardForms.map((f) => [f.code, f])), [awardForms]);
  const watchedOverrides = Form.useWatch('overrides', form);

  const initial: Values = {
    quorumNum: rules.quorumNum,
    quorumDen: rules.quorumDen,
    quorumComparator: rules.quorumComparator,
    tieRule: rules.tieRule,
    overQuotaRule: rules.overQuotaRule,
    numberedBallots: rules.numberedBallots,
    source: rules.source,
    overrides: rules.overrides.map((o) => ({
      awardFormCode: o.awardFormCode,
      subjectType: o.subjectType ?? ALL_SUBJECTS,
      votingRuleCode: o.votingRuleCode,
      source: o.source,
    })),
  };

  const onFinish = (values: Values) => {
    setFormError(null);
    save.mutate(
      {
        councilId: rules.councilId,
        quorumNum: values.quorumNum ?? 0,
        quorumDen: values.quorumDen ?? 0,
        quorumComparator: values.quorumComparator ?? 'gte',
        tieRule: values.tieRule ?? 'second_round',
        overQuotaRule: values.overQuotaRule ?? 'ballot_invalid',
        numberedBallots: values.numberedBallots ?? true,
        source: values.source?.trim() ?? '',
        overrides: (values.overrides ?? []).map((o) => ({
          awardFormCode: o.awardFormCode ?? '',
          subjectType:
            o.subjectType === undefined || o.subjectType === ALL_SUBJECTS ? null : o.subjectType,
          votingRuleCode: o.votingRuleCode ?? '',
          source: o.source?.trim() || null,
        })),
      },
      {
        onSuccess: () => void message.success(t.saved),
        onError: (error) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES)),
      },
    );
  };

  const formOptions = awardForms.map((f) => ({ value: f.code, label: f.name }));
  const ruleOptions = votingRules.map((r) => ({ value: r.code, label: votingRuleLabel(r) }));
  const subjectOptions = [
    { value: ALL_SUBJECTS, label: t.allSubjects },
    ...SUBJECT_TYPES.map((s) => ({ value: s, label: SUBJECT_TYPE_LABELS[s] })),
  ];
  const search = {
    filterOption: (input: string, option?: { label?: string }) =>
      matchesSearch(String(option?.label ?? ''), input),
  };

  return (
    <Form<Values>
      form={form}
      name="council-rules"
      layout="vertical"
      initialValues={initial}
      onFinish={onFinish}
      onValuesChange={(changed) => clearEditedErrors(form, changed)}
      requiredMark
    >
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      {formError ? (
        <Alert
          type="error"
          showIcon
          title={t.failed}
          description={formError}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Card size="small" title={t.quorum} style={{ marginBottom: 16 }}>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={8}>
            <Form.Item name="quorumComparator" label={t.comparator} rules={[{ required: true }]}>
              <Radio.Group
                options={(['gte', 'gt'] as const).map((c) => ({
                  value: c,
                  label: t.comparators[c],
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="quorumNum" label={t.quorumNum} rules={[{ required: true }]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="quorumDen" label={t.quorumDen} rules={[{ required: true }]}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item>
              <Typography.Text>{t.quorumOf}</Typography.Text>
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary">
          {t.current} {rules.quorumSentence}
        </Typography.Text>
      </Card>
      <Form.Item name="tieRule" label={t.tieRule} rules={[{ required: true }]}>
        <Radio.Group options={TIE_RULES.map((r) => ({ value: r, label: t.tieRules[r] }))} />
      </Form.Item>
      <Form.Item name="overQuotaRule" label={t.overQuotaRule} rules={[{ required: true }]}>
        <Radio.Group
          options={OVER_QUOTA_RULES.map((r) => ({ value: r, label: OVER_QUOTA_RULE_LABELS[r] }))}
        />
      </Form.Item>
      <Form.Item name="numberedBallots" label={t.numberedBallots} valuePropName="checked">
        <Switch checkedChildren={councilMessages.yes} unCheckedChildren={councilMessages.no} />
      </Form.Item>
      <Form.Item
        name="source"
        label={t.source}
        rules={[{ required: true, whitespace: true, message: t.sourceRequired }]}
      >
        <Input placeholder={t.sourcePlaceholder} autoComplete="off" />
      </Form.Item>
      <Card size="small" title={t.overrides} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t.overridesHint}</Typography.Paragraph>
        <Form.List name="overrides">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? (
                <Typography.Paragraph>{t.overridesEmpty}</Typography.Paragraph>
              ) : null}
              {fields.map((field, index) => {
                const code = watchedOverrides?.[index]?.awardFormCode;
                const defaultCode = code ? formByCode.get(code)?.defaultVotingRuleCode : undefined;
                const defaultRule = defaultCode ? ruleByCode.get(defaultCode) : undefined;
                const chosen = watchedOverrides?.[index]?.votingRuleCode;
                const chosenRule = chosen ? ruleByCode.get(chosen) : undefined;
                return (
                  <Row key={field.key} gutter={12} align="top" className="council-override">
                    <Col xs={24} md={7}>
                      <Form.Item
                        name={[field.name, 'awardFormCode']}
                        label={t.awardForm}
                        rules={[{ required: true, message: t.awardFormRequired }]}
                        extra={
                          code
                            ? defaultRule
                              ? t.defaultRule(defaultRule.name)
                              : t.noDefault
                            : null
                        }
                      >
                        <Select options={formOptions} showSearch={search} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4}>
                      <Form.Item name={[field.name, 'subjectType']} label={t.subjectType}>
                        <Select options={subjectOptions} showSearch={search} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'votingRuleCode']}
                        label={t.votingRule}
                        rules={[{ required: true, message: t.votingRuleRequired }]}
                        extra={chosenRule ? t.ruleDetail(chosenRule) : null}
                      >
                        <Select options={ruleOptions} showSearch={search} />
                      </Form.Item>
                    </Col>
                    <Col xs={22} md={6}>
                      <Form.Item name={[field.name, 'source']} label={t.overrideSource}>
                        <Input autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={1}>
                      <Form.Item label=" ">
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t.removeOverride(index + 1)}
                          onClick={() => remove(field.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                );
              })}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ subjectType: ALL_SUBJECTS, source: null })}
              >
                {t.addOverride}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t.save}
        </Button>
      </Flex>
    </Form>
  );
}
