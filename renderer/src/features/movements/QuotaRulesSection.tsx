import { DeleteOutlined, DownOutlined, PlusOutlined, UpOutlined } from '@ant-design/icons';
import {
  AutoComplete,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useId, useState } from 'react';
import type { AwardForm } from '../../../../shared/domain/award-form';
import { QUOTA_KINDS, QUOTA_SCOPES, type QuotaRule } from '../../../../shared/domain/movement';
import type { UnitKind } from '../../../../shared/domain/unit';
import { describeRule } from '../../../../shared/rules/quota-sentences';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { movementsMessages, type LimitKey } from './messages.vi';
import {
  newRuleValues,
  ruleInput,
  type MovementFormValues,
  type RuleValues,
} from './movement-form';

const t = movementsMessages.rules;
const LIMIT_KEYS: readonly LimitKey[] = ['tapThe', 'caNhan', 'hoGiaDinh', 'combined'];

const searchLabel = (input: string, option?: { label?: string; value?: string }) =>
  matchesSearch(option?.label ?? option?.value ?? '', input);

/** `null` means “every form/period”: the Select shows its placeholder for it. */
const nullableSelectProps = {
  getValueProps: (value: string | null | undefined) => ({ value: value ?? undefined }),
  normalize: (value: string | undefined) => value ?? null,
};

export interface RulesContext {
  catalog: readonly AwardForm[];
  kinds: readonly UnitKind[];
  sectors: readonly string[];
  /** The saved rules and the server's sentence for each (from `quotas.board`). */
  saved: ReadonlyMap<number, { rule: QuotaRule; sentence: string | undefined }>;
}

/** “Chỉ tiêu”: each quota clause of the plan, read back as a sentence, with its editor. */
export function QuotaRulesSection({
  context,
  errorRules,
}: {
  context: RulesContext;
  /** Indexes of rules with an error on one of their fields: they open by themselves. */
  errorRules: ReadonlySet<number>;
}) {
  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Form.List name="quotaRules">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />
            ) : null}
            {fields.map((field, index) => (
              <RuleCard
                key={field.key}
                name={field.name}
                index={index}
                context={context}
                hasError={errorRules.has(index)}
                onRemove={() => remove(field.name)}
              />
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add(newRuleValues())}
            >
              {t.add}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

function RuleCard({
  name,
  index,
  context,
  hasError,
  onRemove,
}: {
  name: number;
  index: number;
  context: RulesContext;
  hasError: boolean;
  onRemove: () => void;
}) {
  const form = Form.useFormInstance<MovementFormValues>();
  // `preserve`: the rule's `id` has no field of its own, and it tells a saved rule from a new one.
  const rule = Form.useWatch(['quotaRules', name], { form, preserve: true }) as
    RuleValues | undefined;
  const periods = Form.useWatch('periods', form) ?? [];
  const editorId = useId();
  const saved = rule?.id !== undefined ? context.saved.get(rule.id) : undefined;
  const unchanged =
    saved !== undefined &&
    rule !== undefined &&
    JSON.stringify(ruleInput(rule)) === JSON.stringify(ruleInput(saved.rule));

  // New rules open for editing; a rule with an error opens (and stays open while it is fixed).
  const [open, setOpen] = useState(
    () => (form.getFieldValue(['quotaRules', name]) as RuleValues | undefined)?.id === undefined,
  );
  const [hadError, setHadError] = useState(hasError);
  if (hasError !== hadError) {
    setHadError(hasError);
    if (hasError) setOpen(true);
  }

  const number = index + 1;
  let sentence = '';
  if (rule) {
    const input = ruleInput(rule);
    const hasLimit = LIMIT_KEYS.some((k) => input.limits[k] !== null) || input.overrides.length > 0;
    sentence =
      unchanged && saved.sentence
        ? saved.sentence
        : hasLimit
          ? describeRule(
              { id: 0, ...input },
              {
                formName: (code) => context.catalog.find((f) => f.code === code)?.name ?? code,
                kindName: (code) => context.kinds.find((k) => k.code === code)?.name ?? code,
                periodName: (code) => periods.find((p) => p?.code === code)?.name ?? code,
              },
            )
          : t.incomplete;
  }

  return (
    <Card
      size="small"
      className="movement-item-card quota-rule-card"
      role="group"
      aria-label={t.item(number)}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t.item(number)}</span>
          {rule ? <Tag>{t.kinds[rule.kind]}</Tag> : null}
          {!unchanged ? <Tag color="gold">{t.unsavedTag}</Tag> : null}
        </Flex>
      }
      extra={
        <Flex gap={4}>
          <Button
            type="link"
            size="small"
            icon={open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
            aria-expanded={open}
            aria-controls={editorId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t.collapse : t.edit}
          </Button>
          <Button
            type="link"
            danger
            size="small"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t.removeLabel(number)}
            onClick={onRemove}
          >
            {t.remove}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph strong className="quota-rule-sentence">
        {sentence}
      </Typography.Paragraph>
      {rule?.clauseText ? (
        <Typography.Paragraph type="secondary" className="quota-rule-clause">
          {rule.clauseText}
        </Typography.Paragraph>
      ) : null}
      {/* Hidden, not unmounted: the fields keep their values and can still show server errors. */}
      <div id={editorId} hidden={!open} className="quota-rule-editor">
        <RuleEditor name={name} context={context} />
      </div>
    </Card>
  );
}

function RuleEditor({ name, context }: { name: number; context: RulesContext }) {
  const form = Form.useFormInstance<MovementFormValues>();
  const movementForms = Form.useWatch('awardForms', form) ?? [];
  const periods = Form.useWatch('periods', form) ?? [];
  const formOptions = movementForms
    .filter((f) => f?.awardFormCode)
    .map((f) => ({
      value: f.awardFormCode ?? '',
      label: context.catalog.find((c) => c.code === f.awardFormCode)?.name ?? f.awardFormCode ?? '',
    }));
  const periodOptions = periods
    .filter((p) => p?.code)
    .map((p) => ({ value: p.code ?? '', label: p.name || p.code || '' }));
  const kindOptions = context.kinds.map((k) => ({ value: k.code, label: k.name }));
  const sectorOptions = context.sectors.map((s) => ({ value: s, label: s }));

  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'kind']} label={t.kind}>
          <Radio.Group
            optionType="button"
            options={QUOTA_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'scope']} label={t.scope}>
          <Radio.Group
            optionType="button"
            options={QUOTA_SCOPES.map((s) => ({ value: s, label: t.scopes[s] }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'awardFormCode']} label={t.awardForm} {...nullableSelectProps}>
          <Select
            allowClear
            placeholder={t.awardFormPlaceholder}
            options={formOptions}
            showSearch={{ filterOption: searchLabel }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'unitKindCodes']} label={t.unitKinds}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t.unitKindsPlaceholder}
            options={kindOptions}
            showSearch={{ filterOption: searchLabel }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[name, 'unitSectors']} label={t.unitSectors}>
          <Select
            mode="tags"
            allowClear
            placeholder={t.unitSectorsPlaceholder}
            options={sectorOptions}
            tokenSeparators={[',', ';']}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={4}>
        <Form.Item name={[name, 'periodCode']} label={t.period} {...nullableSelectProps}>
          <Select
            allowClear
            placeholder={t.periodPlaceholder}
            options={periodOptions}
            disabled={periodOptions.length === 0}
          />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Typography.Text strong>{t.limits}</Typography.Text>{' '}
        <Typography.Text type="secondary">{t.limitsHint}</Typography.Text>
      </Col>
      <Col span={24}>
        <Row gutter={16} role="group" aria-label={t.limits}>
          <LimitInputs prefix={[name, 'limits']} />
        </Row>
      </Col>
      <Col span={24}>
        <Typography.Text strong>{t.overrides}</Typography.Text>{' '}
        <Typography.Text type="secondary">{t.overridesHint}</Typography.Text>
      </Col>
      <Col span={24}>
        <Form.List name={[name, 'overrides']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row
                  key={field.key}
                  gutter={16}
                  className="quota-override-row"
                  role="group"
                  aria-label={t.overrideItem(index + 1)}
                >
                  <Col xs={24} md={5}>
                    <Form.Item name={[field.name, 'sector']} label={t.overrideSector}>
                      <AutoComplete
                        options={sectorOptions}
                        placeholder={t.overrideSectorPlaceholder}
                        showSearch={{ filterOption: searchLabel }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={17}>
                    <Row gutter={16}>
                      <LimitInputs prefix={[field.name, 'limits']} compact />
                    </Row>
                  </Col>
                  <Col xs={24} md={2}>
                    <Form.Item label=" " colon={false}>
                      <Button
                        danger
                        type="text"
                        icon={<DeleteOutlined aria-hidden />}
                        aria-label={t.removeOverrideLabel(index + 1)}
                        title={t.removeOverride}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button
                size="small"
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() =>
                  add({
                    sector: '',
                    limits: { tapThe: null, caNhan: null, hoGiaDinh: null, combined: null },
                  })
                }
                style={{ marginBottom: 16 }}
              >
                {t.addOverride}
              </Button>
            </>
          )}
        </Form.List>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name={[name, 'clause']} label={t.clause}>
          <Input placeholder={t.clausePlaceholder} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={18}>
        <Form.Item name={[name, 'clauseText']} label={t.clauseText}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 6 }}
            placeholder={t.clauseTextPlaceholder}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The four limits of a rule (or of a sector override): empty means “no limit of this kind”. */
function LimitInputs({ prefix, compact }: { prefix: (string | number)[]; compact?: boolean }) {
  return LIMIT_KEYS.map((key) => (
    <Col key={key} xs={12} md={compact ? 6 : 4}>
      <Form.Item
        name={[...prefix, key]}
        label={t.limitLabels[key]}
        {...(key === 'combined' ? { tooltip: t.combinedHint } : {})}
      >
        <InputNumber style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  ));
}
