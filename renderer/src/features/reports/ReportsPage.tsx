import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Radio,
  Row,
  Select,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import {
  REPORT_STAGE_LABELS,
  REPORT_STAGES,
  STAT_TABLE_KEYS,
  STAT_TABLE_TITLES,
  type ReportStage,
  type StatLine,
  type Statistics,
  type SummaryEntry,
  type SummaryGrouping,
} from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { downloadFile, showFile } from '../dossiers/files';
import { movementQueries } from '../movements/queries';
import { BarChart } from './BarChart';
import { reportsMessages as t } from './messages.vi';
import { reportQueries } from './queries';

interface Filter {
  movementId: number;
  periodCode: string | null;
  stage: ReportStage;
}

/** `Báo cáo`: danh sách tổng hợp and báo cáo thống kê of a movement. */
export function ReportsPage() {
  const movements = useQuery(movementQueries.list());
  const [movementId, setMovementId] = useState<number | undefined>();
  const [periodCode, setPeriodCode] = useState<string | null>(null);
  const [stage, setStage] = useState<ReportStage>('proposed');
  const [tab, setTab] = useState<'summary' | 'statistics'>('summary');
  const movement = useQuery({
    ...movementQueries.detail(movementId ?? 0),
    enabled: movementId !== undefined,
  });
  const filter: Filter | null = movementId === undefined ? null : { movementId, periodCode, stage };

  return (
    <>
      <PageHeader title={t.title} description={t.summary} />
      <Form layout="vertical">
        <Row gutter={16}>
          <Col xs={24} md={11}>
            <Form.Item label={t.movement} htmlFor="report-movement">
              <Select
                id="report-movement"
                placeholder={t.movementPlaceholder}
                value={movementId}
                onChange={(v: number | undefined) => {
                  setMovementId(v);
                  setPeriodCode(null);
                }}
                allowClear
                options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.title }))}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item label={t.period} htmlFor="report-period">
              <Select
                id="report-period"
                value={periodCode ?? ''}
                onChange={(v: string) => setPeriodCode(v === '' ? null : v)}
                options={[
                  { value: '', label: t.periodAll },
                  ...(movement.data?.periods ?? []).map((p) => ({ value: p.code, label: p.name })),
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label={t.stage}>
              <Radio.Group
                aria-label={t.stage}
                optionType="button"
                value={stage}
                onChange={(e) => setStage(e.target.value as ReportStage)}
                options={REPORT_STAGES.map((s) => ({ value: s, label: REPORT_STAGE_LABELS[s] }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {movements.isError && (
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      )}
      {filter === null ? (
        <Empty description={t.chooseMovement} />
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as 'summary' | 'statistics')}
          items={[
            { key: 'summary', label: t.tabs.summary, children: <SummaryTab filter={filter} /> },
            {
              key: 'statistics',
              label: t.tabs.statistics,
              children: <StatisticsTab filter={filter} />,
            },
          ]}
        />
      )}
    </>
  );
}

function useFileAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (
    key: string,
    load: () => Promise<{ fileName: string; contentBase64: string }>,
    show: boolean,
  ) => {
    setBusy(key);
    try {
      const file = await load();
      if (show) showFile(file);
      else downloadFile(file);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}

function SummaryTab({ filter }: { filter: Filter }) {
  const [grouping, setGrouping] = useState<SummaryGrouping>('unit');
  const input = { ...filter, grouping };
  const list = useQuery({ ...reportQueries.summary(input), placeholderData: keepPreviousData });
  const { busy, run } = useFileAction();
  const columns: TableColumnsType<SummaryEntry & { stt: number }> = [
    { title: t.columns.stt, dataIndex: 'stt', width: 60, align: 'center' },
    {
      title: t.columns.name,
      key: 'name',
      render: (_, e) => [e.honorific, e.fullName].filter(Boolean).join(' '),
    },
    {
      title: t.columns.detail,
      key: 'detail',
      render: (_, e) => [e.position, e.workplace].filter(Boolean).join(', '),
    },
    grouping === 'unit'
      ? {
          title: t.columns.form,
          key: 'form',
          render: (_, e) => (e.posthumous ? `${e.awardFormName} ${t.posthumous}` : e.awardFormName),
        }
      : { title: t.columns.unit, dataIndex: 'unitName' },
  ];
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={12} align="center" justify="space-between">
        <Radio.Group
          aria-label={t.grouping}
          optionType="button"
          value={grouping}
          onChange={(e) => setGrouping(e.target.value as SummaryGrouping)}
          options={(['unit', 'form'] as const).map((g) => ({ value: g, label: t.groupings[g] }))}
        />
        <Flex gap={8}>
          <Button
            icon={<FileExcelOutlined />}
            loading={busy === 'excel'}
            onClick={() => void run('excel', () => call('reports.summaryListExcel', input), false)}
          >
            {t.exportExcel}
          </Button>
          <Button
            icon={<FilePdfOutlined />}
            loading={busy === 'pdf'}
            onClick={() => void run('pdf', () => call('reports.summaryListPdf', input), true)}
          >
            {t.printPdf}
          </Button>
        </Flex>
      </Flex>
      {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="summary-total">
            {t.total(list.data.total)}
          </Typography.Title>
          {list.data.groups.length === 0 && <Empty description={t.empty} />}
          {list.data.groups.map((g) => (
            <Card
              key={g.key}
              size="small"
              title={g.label}
              extra={<span>{t.groupCount(g.count)}</span>}
            >
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                columns={columns}
                dataSource={g.entries.map((e, i) => ({ ...e, stt: i + 1 }))}
              />
            </Card>
          ))}
        </>
      )}
    </Flex>
  );
}

const statColumns: TableColumnsType<StatLine> = [
  { title: t.columns.label, dataIndex: 'label' },
  ...REPORT_STAGES.map((s) => ({
    title: REPORT_STAGE_LABELS[s],
    dataIndex: s,
    align: 'right' as const,
    width: 104,
  })),
];

function StatisticsTab({ filter }: { filter: Filter }) {
  const stats = useQuery({
    ...reportQueries.statistics(filter),
    placeholderData: keepPreviousData,
  });
  const { busy, run } = useFileAction();
  return (
    <Flex vertical gap={16}>
      <Flex justify="flex-end" gap={8}>
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'excel'}
          onClick={() => void run('excel', () => call('reports.statisticsExcel', filter), false)}
        >
          {t.exportExcel}
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          loading={busy === 'pdf'}
          onClick={() => void run('pdf', () => call('reports.statisticsPdf', filter), true)}
        >
          {t.printPdf}
        </Button>
      </Flex>
      {stats.isError && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      {stats.data && <StatisticsView stats={stats.data} />}
    </Flex>
  );
}

function share(lines: StatLine[], key: string, stage: ReportStage) {
  const part = lines.find((l) => l.key === key)?.[stage] ?? 0;
  const whole = lines.reduce((n, l) => n + l[stage], 0);
  return { part, whole };
}

function StatisticsView({ stats }: { stats: Statistics }) {
  const stage = stats.unitForm.stage;
  const chartTitle = t.chartTitle(REPORT_STAGE_LABELS[stage]);
  const women = share(stats.tables.byGender, 'nu', stage);
  const leaders = share(stats.tables.byRole, 'leader', stage);
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={chartTitle}>
        {stats.unitForm.units.length === 0 ? (
          <Empty description={t.empty} />
        ) : (
          <>
            <BarChart
              title={chartTitle}
              series={stats.unitForm.forms}
              bars={stats.unitForm.units.map((u) => ({ label: u.name, values: u.counts }))}
            />
            <details style={{ marginTop: 8 }}>
              <summary>{t.chartTable}</summary>
              <Table
                size="small"
                rowKey="name"
                pagination={false}
                dataSource={stats.unitForm.units}
                columns={[
                  { title: t.columns.unit, dataIndex: 'name' },
                  ...stats.unitForm.forms.map((f, j) => ({
                    title: f.name,
                    key: f.code,
                    align: 'right' as const,
                    render: (_: unknown, u: Statistics['unitForm']['units'][number]) =>
                      u.counts[j] ?? 0,
                  })),
                  { title: 'Cộng', dataIndex: 'total', align: 'right' as const },
                ]}
              />
            </details>
          </>
        )}
      </Card>
      <Card size="small" title={t.shareTitle}>
        <BarChart
          title={t.shareTitle}
          series={[{ name: REPORT_STAGE_LABELS[stage] }]}
          bars={[
            { label: `${t.women}: ${t.ofPersons(women.part, women.whole)}`, values: [women.part] },
            {
              label: `${t.leaders}: ${t.ofPersons(leaders.part, leaders.whole)}`,
              values: [leaders.part],
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title="Tổng số">
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              columns={statColumns}
              dataSource={[stats.total]}
            />
          </Card>
        </Col>
        {STAT_TABLE_KEYS.map((key) => (
          <Col xs={24} lg={12} key={key}>
            <Card size="small" title={STAT_TABLE_TITLES[key]}>
              <Table
                size="small"
                rowKey="key"
                pagination={false}
                columns={statColumns}
                dataSource={stats.tables[key]}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
