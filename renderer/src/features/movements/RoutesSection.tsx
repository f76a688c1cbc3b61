import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { movementsMessages } from './messages.vi';

const t = movementsMessages.routes;

/** “Tuyến trình”: which proposer sends its dossiers to which body (domain.md §5.3). */
export function RoutesSection() {
  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Form.List name="routes">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                className="movement-item-card"
                title={t.item(index + 1)}
                extra={
                  <Button
                    type="link"
                    danger
                    size="small"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t.removeLabel(index + 1)}
                    onClick={() => remove(field.name)}
                  >
                    {t.remove}
                  </Button>
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'proposer']} label={t.proposer}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'routeTo']} label={t.routeTo}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[field.name, 'scope']} label={t.scope}>
                      <Input autoComplete="off" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ proposer: '', routeTo: '', scope: null })}
            >
              {t.add}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
