import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row, Select } from 'antd';
import { PROCEDURES, type LegalRegime } from '../../../../shared/domain/award-form';
import { formatDateVi } from '../../../../shared/domain/dates';

import { matchesSearch } from '../../../../shared/text/vietnamese';
import { DateInput, isoDateItemProps } from './date-input';
import { movementsMessages } from './messages.vi';

const t = movementsMessages.general;

/** “Thông tin chung”: the plan's header as it is printed (số, ký hiệu, ngày, cơ quan, trích yếu…). */
export function GeneralSection({
  regimes,
  showAddRoutes,
  onAddRoutes,
}: {
  regimes: readonly LegalRegime[];
  showAddRoutes: boolean;
  onAddRoutes: () => void;
}) {
  const regimeOptions = regimes.map((r) => ({
    value: r.code,
    label: `${r.name} (${t.regimePeriod(formatDateVi(r.validFrom), formatDateVi(r.validTo))})`,
  }));
  return (
    <Row gutter={16}>
      <Col xs={12} md={4}>
        <Form.Item name="number" label={t.number}>
          <Input placeholder={t.numberPlaceholder} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name="symbol" label={t.symbol}>
          <Input placeholder={t.symbolPlaceholder} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="issuedDate" label={t.issuedDate} {...isoDateItemProps}>
          <DateInput />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="issuingBody"
          label={t.issuingBody}
          rules={[{ required: true, whitespace: true, message: t.issuingBodyRequired }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="title"
          label={t.title}
          rules={[{ required: true, whitespace: true, message: t.titleRequired }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t.titlePlaceholder} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="implementsPlan" label={t.implementsPlan}>
          <Input placeholder={t.implementsPlanPlaceholder} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="receivingBody" label={t.receivingBody}>
          <Input placeholder={t.receivingBodyPlaceholder} autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name="procedure" label={t.procedure}>
          <Radio.Group
            optionType="button"
            options={PROCEDURES.map((p) => ({ value: p, label: movementsMessages.procedures[p] }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name="legalRegimeCode"
          label={t.legalRegime}
          rules={[{ required: true, message: t.legalRegimeRequired }]}
        >
          <Select
            options={regimeOptions}
            showSearch={{
              filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name="startDate" label={t.startDate} {...isoDateItemProps}>
          <DateInput />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item
          name="endDate"
          label={t.endDate}
          dependencies={['startDate']}
          {...isoDateItemProps}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | null | undefined) => {
                const from = getFieldValue('startDate') as string | null | undefined;
                return !value || !from || from <= value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.endBeforeStart));
              },
            }),
          ]}
        >
          <DateInput />
        </Form.Item>
      </Col>
      {showAddRoutes ? (
        <Col span={24}>
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={onAddRoutes}>
            {t.addRoutes}
          </Button>
        </Col>
      ) : null}
    </Row>
  );
}
