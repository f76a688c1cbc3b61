import { App, Button, Col, Flex, Form, InputNumber, Row, Table } from 'antd';
import { SUBJECT_TYPE_LABELS } from '../../../../shared/domain/award-form';
import type { RoundNominee, VotingRound } from '../../../../shared/domain/council-voting';
import { errorText } from '../../components/api-errors';
import { councilMessages } from './messages.vi';
import { useEnterTotalsMutation } from './mutations';

const t = councilMessages.voting;

interface Values {
  returned?: number | null;
  invalid?: number | null;
  rows?: Record<string, { yes?: number | null; no?: number | null }>;
}

type Line = RoundNominee & { group: string };

/** Totals per nominee (the count sheet of the ban kiểm phiếu) instead of each ballot. */
export function TotalsEntry({
  round,
  entered,
  readOnly,
}: {
  round: VotingRound;
  /** The totals already recorded for this round, shown for checking or correction. */
  entered: ReadonlyMap<number, { yes: number; no: number }>;
  readOnly: boolean;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useEnterTotalsMutation();
  const lines: Line[] = round.sections.flatMap((s) =>
    s.nominees.map((n) => ({
      ...n,
      group: `${s.awardFormName} — ${SUBJECT_TYPE_LABELS[s.subjectType]}`,
    })),
  );

  const onFinish = (values: Values) =>
    save.mutate(
      {
        roundId: round.id,
        returned: values.returned ?? 0,
        invalid: values.invalid ?? 0,
        rows: lines.map((l) => ({
          nominationId: l.nominationId,
          yes: values.rows?.[l.nominationId]?.yes ?? 0,
          no: values.rows?.[l.nominationId]?.no ?? 0,
        })),
      },
      {
        onSuccess: () => void message.success(t.totalsSaved),
        onError: (error) => void message.error(errorText(error)),
      },
    );

  return (
    <Form<Values>
      form={form}
      // A name per round: field ids (and so labels) stay unique with several rounds on screen.
      name={`council-totals-${round.id}`}
      layout="vertical"
      disabled={readOnly}
      onFinish={onFinish}
      initialValues={{
        returned: round.reconciliation.returned,
        invalid: round.reconciliation.invalid,
        rows: Object.fromEntries(
          lines.map((l) => [String(l.nominationId), entered.get(l.nominationId) ?? {}]),
        ),
      }}
    >
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Form.Item name="returned" label={t.totalsReturned}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="invalid" label={t.totalsInvalid}>
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Table<Line>
        size="small"
        rowKey="nominationId"
        pagination={false}
        dataSource={lines}
        columns={[
          { title: t.nominee, dataIndex: 'fullName' },
          { title: '', dataIndex: 'group' },
          {
            title: t.yes,
            key: 'yes',
            width: 130,
            render: (_v, l) => (
              <Form.Item name={['rows', String(l.nominationId), 'yes']} noStyle>
                <InputNumber
                  aria-label={t.totalsYes(l.fullName)}
                  min={0}
                  precision={0}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ),
          },
          {
            title: t.no,
            key: 'no',
            width: 130,
            render: (_v, l) => (
              <Form.Item name={['rows', String(l.nominationId), 'no']} noStyle>
                <InputNumber
                  aria-label={t.totalsNo(l.fullName)}
                  min={0}
                  precision={0}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            ),
          },
        ]}
      />
      {readOnly ? null : (
        <Flex justify="flex-end" style={{ marginTop: 8 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t.saveTotals}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
