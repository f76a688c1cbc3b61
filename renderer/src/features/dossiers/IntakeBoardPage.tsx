import { FileExcelOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Radio,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import type { IntakeRow } from '../../../../shared/domain/dossier';
import { compareVi, matchesSearch } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { hrefFor } from '../../app/use-hash-route';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { movementQueries } from '../movements/queries';
import { downloadFile } from './files';
import { dossiersMessages } from './messages.vi';
import { intakeFromHash, intakePathFor, registerPath } from './paths';
import { dossierQueries } from './queries';
import { SectionCrumbs } from './SectionCrumbs';

const t = dossiersMessages.intake;
type State = IntakeRow['state'];
const STATES: readonly State[] = ['chua_nop', 'nop_muon', 'thieu_ho_so', 'day_du'];

/** A unit can be both late and incomplete: it counts in both groups. */
function inState(row: IntakeRow, state: State): boolean {
  if (state === 'nop_muon') return row.lateCount > 0;
  if (state === 'thieu_ho_so') return row.incompleteCount > 0;
  return row.state === state;
}
const STATE_COLORS: Record<State, string> = {
  chua_nop: 'default',
  nop_muon: 'red',
  thieu_ho_so: 'orange',
  day_du: 'green',
};

/** The unit's state; a unit both late and incomplete shows both (the board ranks “thiếu” first). */
export function IntakeStateTag({ row }: { row: IntakeRow }) {
  const late = row.maxDaysLate > 0;
  return (
    <Flex gap={4} wrap>
      <Tag color={STATE_COLORS[row.state]} className="intake-state">
        {row.state === 'nop_muon' ? t.lateTag(row.maxDaysLate) : t.states[row.state]}
      </Tag>
      {late && row.state !== 'nop_muon' ? (
        <Tag color={STATE_COLORS.nop_muon}>{t.lateTag(row.maxDaysLate)}</Tag>
      ) : null}
    </Flex>
  );
}

/** `#/ho-so/theo-doi`: which unit has not submitted, came late, or is missing documents. */
export function IntakeBoardPage() {
  const { message } = App.useApp();
  const [chosen, setChosen] = useState(() => intakeFromHash(window.location.hash));
  const [exporting, setExporting] = useState(false);
  const [state, setState] = useState<State | 'all'>('all');
  const movements = useQuery(movementQueries.list());
  // Without a choice in the address: the newest movement.
  const movementId = chosen.movementId ?? movements.data?.[0]?.id;
  const periodCode = chosen.periodCode ?? null;
  const movement = useQuery({
    ...movementQueries.detail(movementId ?? 0),
    enabled: movementId !== undefined,
  });
  const board = useQuery({
    ...dossierQueries.intakeBoard(movementId ?? 0, periodCode),
    enabled: movementId !== undefined,
  });

  const choose = (next: { movementId?: number; periodCode?: string }) => {
    setChosen(next);
    setState('all');
    window.history.replaceState(null, '', hrefFor(intakePathFor(next.movementId, next.periodCode)));
  };

  const rows = [...(board.data ?? [])].sort((a, b) => compareVi(a.unitName, b.unitName));
  const count = (s: State) => rows.filter((r) => inState(r, s)).length;
  const shown = state === 'all' ? rows : rows.filter((r) => inState(r, state));
  const periods = movement.data?.periods ?? [];

  /** The whole board of the chosen movement and period (every state), as on screen. */
  const onExport = async () => {
    if (movementId === undefined) return;
    setExporting(true);
    try {
      const file = await call('exports.intakeBoard', { movementId, periodCode });
      downloadFile(file);
      void message.success(dossiersMessages.register.exported(file.fileName));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <SectionCrumbs current={t.title} />
      <PageHeader
        title={t.title}
        description={t.description}
        extra={
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            onClick={() => void onExport()}
            loading={exporting}
            disabled={movementId === undefined || !board.data}
          >
            {dossiersMessages.register.export}
          </Button>
        }
      />
      {movements.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : movements.isError ? (
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      ) : movements.data.length === 0 ? (
        <Alert type="info" showIcon title={t.noMovement} />
      ) : (
        <Flex vertical gap={16}>
          <Card size="small">
            <Row gutter={[12, 8]} align="bottom">
              <Col xs={24} lg={periods.length > 0 ? 16 : 24}>
                <label htmlFor="intake-movement" className="dossier-filter-label">
                  {t.movement}
                </label>
                <Select
                  id="intake-movement"
                  style={{ width: '100%' }}
                  placeholder={t.movementPlaceholder}
                  value={movementId ?? null}
                  options={movements.data.map((m) => ({ value: m.id, label: m.title }))}
                  onChange={(value: number) => choose({ movementId: value })}
                  showSearch={{
                    filterOption: (input, option) =>
                      matchesSearch(String(option?.label ?? ''), input),
                  }}
                />
              </Col>
              {periods.length > 0 ? (
                <Col xs={24} lg={8}>
                  <label htmlFor="intake-period" className="dossier-filter-label">
                    {t.period}
                  </label>
                  <Select
                    id="intake-period"
                    style={{ width: '100%' }}
                    allowClear
                    placeholder={t.periodPlaceholder}
                    value={chosen.periodCode}
                    options={periods.map((p) => ({ value: p.code, label: p.name }))}
                    onChange={(value: string | undefined) =>
                      choose({
                        ...(movementId ? { movementId } : {}),
                        ...(value ? { periodCode: value } : {}),
                      })
                    }
                  />
                </Col>
              ) : null}
            </Row>
          </Card>

          {board.isPending ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : board.isError ? (
            <QueryError error={board.error} onRetry={() => void board.refetch()} />
          ) : (
            <>
              <Card size="small">
                <Row gutter={16}>
                  {STATES.map((s) => (
                    <Col xs={12} md={6} key={s}>
                      <Statistic
                        title={t.states[s]}
                        value={count(s)}
                        styles={{
                          content:
                            count(s) > 0 && s !== 'day_du'
                              ? { color: s === 'chua_nop' ? undefined : '#cf1322' }
                              : {},
                        }}
                      />
                    </Col>
                  ))}
                </Row>
              </Card>
              <Card size="small">
                <Radio.Group
                  optionType="button"
                  size="small"
                  aria-label={t.stateFilter}
                  value={state}
                  onChange={(e) => setState(e.target.value as State | 'all')}
                  style={{ marginBottom: 12 }}
                  options={[
                    { value: 'all', label: t.all(rows.length) },
                    ...STATES.map((s) => ({ value: s, label: `${t.states[s]} (${count(s)})` })),
                  ]}
                />
                <Table<IntakeRow>
                  className="intake-table"
                  aria-label={t.tableLabel}
                  rowKey="unitId"
                  size="small"
                  dataSource={shown}
                  columns={columns(movementId, periodCode)}
                  pagination={{ hideOnSinglePage: true, defaultPageSize: 100 }}
                  locale={{
                    emptyText: (
                      <Empty description={rows.length === 0 ? t.empty : t.emptyFiltered} />
                    ),
                  }}
                />
              </Card>
            </>
          )}
        </Flex>
      )}
    </>
  );
}

function columns(
  movementId: number | undefined,
  periodCode: string | null,
): TableColumnsType<IntakeRow> {
  const c = t.columns;
  return [
    {
      key: 'index',
      title: c.index,
      width: 56,
      align: 'right',
      render: (_v, _r, i) => i + 1,
    },
    {
      key: 'unit',
      title: c.unit,
      sorter: (a, b) => compareVi(a.unitName, b.unitName),
      render: (_v, r) => <span className="intake-unit">{r.unitName}</span>,
    },
    {
      key: 'state',
      title: c.state,
      width: 230,
      sorter: (a, b) => STATES.indexOf(a.state) - STATES.indexOf(b.state),
      render: (_v, r) => <IntakeStateTag row={r} />,
    },
    { key: 'dossiers', title: c.dossiers, width: 90, align: 'right', dataIndex: 'dossierCount' },
    {
      key: 'nominations',
      title: c.nominations,
      width: 120,
      align: 'right',
      dataIndex: 'nominationCount',
    },
    { key: 'late', title: c.late, width: 100, align: 'right', dataIndex: 'lateCount' },
    {
      key: 'incomplete',
      title: c.incomplete,
      width: 100,
      align: 'right',
      dataIndex: 'incompleteCount',
    },
    {
      key: 'actions',
      title: c.actions,
      width: 110,
      render: (_v, r) =>
        r.dossierCount > 0 ? (
          <Button
            size="small"
            type="link"
            aria-label={t.openLabel(r.unitName)}
            href={hrefFor(
              registerPath({
                ...(movementId ? { movementId } : {}),
                ...(periodCode ? { periodCode } : {}),
                proposingUnitId: r.unitId,
              }),
            )}
          >
            {t.open}
          </Button>
        ) : null,
    },
  ];
}
