import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Empty, Form, Input, Row, Select, Typography } from 'antd';
import { DEADLINE_KINDS } from '../../../../shared/domain/movement';
import { DateInput, isoDateItemProps } from './date-input';
import { movementsMessages } from './messages.vi';

const tp = movementsMessages.periods;
const td = movementsMessages.deadlines;

const deadlineKindOptions = DEADLINE_KINDS.map((k) => ({ value: k, label: td.kinds[k] }));

function RemoveButton({
  label,
  text,
  onClick,
}: {
  label: string;
  text: string;
  onClick: () => void;
}) {
  return (
    <Button
      type="link"
      danger
      size="small"
      icon={<DeleteOutlined aria-hidden />}
      aria-label={label}
      onClick={onClick}
    >
      {text}
    </Button>
  );
}

/** “Đợt và thời hạn”: the plan's periods (đợt) and its deadlines. */
export function PeriodsSection() {
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xxl={12}>
        <Typography.Title level={2} className="movement-section-title">
          {tp.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{tp.intro}</Typography.Paragraph>
        <Form.List name="periods">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tp.empty} />
              ) : null}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  className="movement-item-card"
                  title={tp.item(index + 1)}
                  extra={
                    <RemoveButton
                      label={tp.removeLabel(index + 1)}
                      text={tp.remove}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Row gutter={12}>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'code']} label={tp.code} tooltip={tp.codeHint}>
                        <Input placeholder={tp.codePlaceholder} autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'name']} label={tp.name}>
                        <Input placeholder={tp.namePlaceholder} autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item
                        name={[field.name, 'startDate']}
                        label={tp.startDate}
                        rules={[{ required: true, message: tp.startDateRequired }]}
                        {...isoDateItemProps}
                      >
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item
                        name={[field.name, 'endDate']}
                        label={tp.endDate}
                        {...isoDateItemProps}
                      >
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item name={[field.name, 'note']} label={tp.note}>
                        <Input autoComplete="off" />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() =>
                  add({
                    code: `dot_${fields.length + 1}`,
                    name: tp.item(fields.length + 1),
                    startDate: null,
                    endDate: null,
                    note: null,
                  })
                }
              >
                {tp.add}
              </Button>
            </>
          )}
        </Form.List>
      </Col>
      <Col xs={24} xxl={12}>
        <Typography.Title level={2} className="movement-section-title">
          {td.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{td.intro}</Typography.Paragraph>
        <Form.List name="deadlines">
          {(fields, { add, remove }) => (
            <>
              {fields.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={td.empty} />
              ) : null}
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  className="movement-item-card"
                  title={td.item(index + 1)}
                  extra={
                    <RemoveButton
                      label={td.removeLabel(index + 1)}
                      text={td.remove}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Row gutter={12}>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'kind']} label={td.kind}>
                        <Select options={deadlineKindOptions} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item
                        name={[field.name, 'date']}
                        label={td.date}
                        rules={[{ required: true, message: td.dateRequired }]}
                        {...isoDateItemProps}
                      >
                        <DateInput />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'clause']} label={td.clause}>
                        <Input placeholder={td.clausePlaceholder} autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item name={[field.name, 'label']} label={td.label}>
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 4 }}
                          placeholder={td.labelPlaceholder}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={24}>
                      <Form.Item
                        name={[field.name, 'inclusive']}
                        valuePropName="checked"
                        extra={td.inclusiveHint}
                        style={{ marginBottom: 0 }}
                      >
                        <Checkbox>{td.inclusive}</Checkbox>
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined aria-hidden />}
                onClick={() =>
                  add({ kind: 'nop_ho_so', label: '', date: null, inclusive: false, clause: null })
                }
              >
                {td.add}
              </Button>
            </>
          )}
        </Form.List>
      </Col>
    </Row>
  );
}
