import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Empty, Form, Input, Row, Select, Typography } from 'antd';
import {
  PROCEDURES,
  SUBJECT_TYPES,
  type AwardForm,
  type SubjectType,
} from '../../../../shared/domain/award-form';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { movementsMessages } from './messages.vi';
import type { MovementFormValues } from './movement-form';

const t = movementsMessages.forms;
/** `null` (the movement's own procedure) cannot be a Select value: it travels as this key. */
const BY_PLAN = '__theo_ke_hoach__';

const procedureOptions = [
  { value: BY_PLAN, label: movementsMessages.procedureByPlan },
  ...PROCEDURES.map((p) => ({ value: p, label: movementsMessages.procedures[p] })),
];

const searchLabel = (input: string, option?: { label?: string }) =>
  matchesSearch(option?.label ?? '', input);

/** “Hình thức khen thưởng”: the forms this plan uses, and for which subjects. */
export function AwardFormsSection({ catalog }: { catalog: readonly AwardForm[] }) {
  const form = Form.useFormInstance<MovementFormValues>();
  const chosen = Form.useWatch('awardForms', form) ?? [];
  const chosenCodes = new Set(chosen.map((f) => f?.awardFormCode));
  const byCode = new Map(catalog.map((f) => [f.code, f]));
  const formOptions = catalog.map((f) => ({ value: f.code, label: f.name }));

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Form.List name="awardForms">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.empty} />
            ) : null}
            {fields.map((field) => {
              const code = chosen[field.name]?.awardFormCode;
              const entry = code ? byCode.get(code) : undefined;
              const name = entry?.name ?? code ?? '';
              return (
                <Card
                  key={field.key}
                  size="small"
                  className="movement-item-card"
                  title={name}
                  extra={
                    <Button
                      type="link"
                      danger
                      size="small"
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t.removeLabel(name)}
                      onClick={() => remove(field.name)}
                    >
                      {t.remove}
                    </Button>
                  }
                >
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[field.name, 'awardFormCode']}
                        label={t.form}
                        extra={entry ? t.decidedBy(entry.decidingAuthority) : null}
                      >
                        <Select options={formOptions} showSearch={{ filterOption: searchLabel }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={7}>
                      <Form.Item name={[field.name, 'subjectTypes']} label={t.subjects}>
                        <Checkbox.Group
                          options={SUBJECT_TYPES.map((s: SubjectType) => {
                            const allowed = !entry || entry.subjectTypes.includes(s);
                            return {
                              value: s,
                              label: movementsMessages.subjects[s],
                              disabled: !allowed,
                              ...(allowed ? {} : { title: t.notForSubject }),
                            };
                          })}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={4}>
                      <Form.Item
                        name={[field.name, 'procedure']}
                        label={t.procedure}
                        getValueProps={(value: string | null | undefined) => ({
                          value: value ?? BY_PLAN,
                        })}
                        normalize={(value: string) => (value === BY_PLAN ? null : value)}
                      >
                        <Select options={procedureOptions} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[field.name, 'note']} label={t.note}>
                        <Input autoComplete="off" />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              );
            })}
            <Select
              aria-label={t.add}
              className="movement-add-select"
              value={null}
              placeholder={t.addPlaceholder}
              options={formOptions.filter((o) => !chosenCodes.has(o.value))}
              showSearch={{ filterOption: searchLabel }}
              onChange={(code: string | null) => {
                const entry = code ? byCode.get(code) : undefined;
                if (!entry) return;
                // Plans mostly say “tập thể, cá nhân”; households only when the plan names them.
                const usual = entry.subjectTypes.filter((s) => s !== 'ho_gia_dinh');
                add({
                  awardFormCode: entry.code,
                  subjectTypes: usual.length > 0 ? usual : [...entry.subjectTypes],
                  procedure: null,
                  note: null,
                });
              }}
            />
          </>
        )}
      </Form.List>
    </>
  );
}
