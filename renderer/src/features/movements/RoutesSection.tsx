import { Col, Form, Input, Row, Typography } from 'antd';
import { CardList } from './CardList';
import { movementsMessages } from './messages.vi';

const t = movementsMessages.routes;

/** “Tuyến trình”: which proposer sends its dossiers to which body (domain.md §5.3). */
export function RoutesSection() {
  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <CardList name="routes" text={t} newItem={() => ({ proposer: '', routeTo: '', scope: null })}>
        {(field) => (
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
        )}
      </CardList>
    </>
  );
}
