import { Checkbox, Col, Form, Input, Row, Select, Typography } from 'antd';
import { DEADLINE_KINDS } from '../../../../shared/domain/movement';
import { CardList } from './CardList';
import { DateInput, isoDateItemProps } from './date-input';
import { movementsMessages } from './messages.vi';

const tp = movementsMessages.periods;
const td = movementsMessages.deadlines;

const deadlineKindOptions = DEADLINE_KINDS.map((k) => ({ value: k, label: td.kinds[k] }));

/** “Đợt và thời hạn”: the plan's periods (đợt) and its deadlines. */
export function PeriodsSection() {
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xxl={12}>
        <Typography.Title level={2} className="movement-section-title">
          {tp.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{tp.intro}</Typography.Paragraph>
        <CardList
          name="periods"
          text={tp}
          newItem={(count) => ({
            code: `dot_${count + 1}`,
            name: tp.item(count + 1),
            startDate: null,
            endDate: null,
            note: null,
          })}
        >
          {(field) => (
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
                <Form.Item name={[field.name, 'endDate']} label={tp.endDate} {...isoDateItemProps}>
                  <DateInput />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item name={[field.name, 'note']} label={tp.note}>
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
          )}
        </CardList>
      </Col>
      <Col xs={24} xxl={12}>
        <Typography.Title level={2} className="movement-section-title">
          {td.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{td.intro}</Typography.Paragraph>
        <CardList
          name="deadlines"
          text={td}
          newItem={() => ({
            kind: 'nop_ho_so',
            label: '',
            date: null,
            inclusive: false,
            clause: null,
          })}
        >
          {(field) => (
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
          )}
        </CardList>
      </Col>
    </Row>
  );
}
