import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Progress,
  Row,
  Select,
  Skeleton,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo, useState } from 'react';
import type { QuotaBoard } from '../../../../shared/contract/quotas';
import type { AwardForm, SubjectType } from '../../../../shared/domain/award-form';
import type { Movement } from '../../../../shared/domain/movement';
import type { Nomination } from '../../../../shared/domain/nomination';
import { describeLimits, twoDigits } from '../../../../shared/rules/quota-check';
import { compareVi, matchesSearch, searchKey } from '../../../../shared/text/vietnamese';
import { QueryError } from '../../components/QueryError';
import { movementsMessages, type LimitKey } from './messages.vi';
import { movementQueries } from './queries';

const t = movementsMessages.board;
const LIMIT_KEYS: readonly LimitKey[] = ['tapThe', 'caNhan', 'hoGiaDinh', 'combined'];
const LIMIT_SUBJECT: Record<Exclude<LimitKey, 'combined'>, SubjectType> = {
  tapThe: 'tap_the',
  caNhan: 'ca_nhan',
  hoGiaDinh: 'ho_gia_dinh',
};
const NO_SECTOR = '__khong_nganh__';

type Usage = QuotaBoard['usages'][number];
type BoardRule = QuotaBoard['rules'][number];
type BoardUnit = QuotaBoard['units'][number];

interface UnitRow {
  unit: BoardUnit;
  usages: Usage[];
  over: boolean;
  otherViolations: number;
  nominationCount: number;
}

const used = (usage: Usage, key: LimitKey) =>
  key === 'combined' ? usage.total : usage.counts[LIMIT_SUBJECT[key]];

const limitEntries = (limits: Usage['limits']) =>
  LIMIT_KEYS.flatMap((key) => {
    const limit = limits[key];
    return limit === null || limit === undefined ? [] : [{ key, limit }];
  });

/** “Bảng chỉ tiêu”: how much of each quota every unit has used, and what breaks the plan. */
export function QuotaBoardTab({
  movement,
  catalog,
  stale,
  onAddNominations,
}: {
  movement: Movement;
  catalog: readonly AwardForm[];
  stale: boolean;
  onAddNominations: () => void;
}) {
  const board = useQuery(movementQueries.board(movement.id));
  const nominations = useQuery(movementQueries.nominations(movement.id));
  if (board.isPending || nominations.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (board.isError || nominations.isError) {
    return (
      <QueryError
        error={board.error ?? nominations.error}
        onRetry={() => {
          void board.refetch();
          void nominations.refetch();
        }}
      />
    );
  }
  return (
    <Board
      board={board.data}
      nominations={nominations.data}
      movement={movement}
      catalog={catalog}
      stale={stale}
      onAddNominations={onAddNominations}
    />
  );
}

function Board({
  board,
  nominations,
  movement,
  catalog,
  stale,
  onAddNominations,
}: {
  board: QuotaBoard;
  nominations: readonly Nomination[];
  movement: Movement;
  catalog: readonly AwardForm[];
  stale: boolean;
  onAddNominations: () => void;
}) {
  const formName = (code: string | null) =>
    code ? (catalog.find((f) => f.code === code)?.name ?? code) : t.allForms;
  const ruleNumber = new Map(board.rules.map((r, i) => [r.id, i + 1]));
  const rulesById = new Map(board.rules.map((r) => [r.id, r]));
  const savedRules = new Map(movement.quotaRules.map((r) => [r.id, r]));
  const unitsById = new Map(board.units.map((u) => [u.id, u]));
  /** The nominations a movement-wide rule counts (same filters as the checker). */
  const inScope = (rule: BoardRule) => {
    const saved = savedRules.get(rule.id);
    const kinds = saved?.unitKindCodes ?? [];
    const sectors = (saved?.unitSectors ?? []).map(searchKey);
    return nominations.filter((n) => {
      if (rule.awardFormCode !== null && n.awardFormCode !== rule.awardFormCode) return false;
      if (saved?.periodCode && n.periodCode !== saved.periodCode) return false;
      if (kinds.length === 0 && sectors.length === 0) return true;
      const unit = unitsById.get(n.proposingUnitId);
      if (!unit) return false;
      if (kinds.length > 0 && !kinds.includes(unit.kindCode)) return false;
      return sectors.length === 0 || sectors.includes(searchKey(unit.sector ?? ''));
    });
  };
  const totalRules = board.rules.filter((r) => r.scope === 'total');
  const unitRules = board.rules.filter((r) => r.scope === 'per_unit');
  const selectedCount = nominations.filter((n) => n.selected).length;

  const rows = useMemo<UnitRow[]>(() => {
    const byUnit = new Map<number, Usage[]>();
    for (const usage of board.usages) {
      if (usage.unitId === null) continue;
      byUnit.set(usage.unitId, [...(byUnit.get(usage.unitId) ?? []), usage]);
    }
    const nominationsByUnit = new Map<number, number>();
    for (const n of nominations) {
      nominationsByUnit.set(n.proposingUnitId, (nominationsByUnit.get(n.proposingUnitId) ?? 0) + 1);
    }
    return board.units
      .map((unit) => {
        const usages = byUnit.get(unit.id) ?? [];
        return {
          unit,
          usages,
          over: usages.some((u) => u.over),
          otherViolations: board.violations.filter(
            (v) => v.unitId === unit.id && v.code !== 'quota_exceeded',
          ).length,
          nominationCount: nominationsByUnit.get(unit.id) ?? 0,
        };
      })
      .sort(
        (a, b) =>
          Number(b.over) - Number(a.over) ||
          Number(b.nominationCount > 0) - Number(a.nominationCount > 0) ||
          compareVi(a.unit.name, b.unit.name),
      );
  }, [board, nominations]);
  const unitsOver = rows.filter((r) => r.over).length;

  return (
    <Flex vertical gap={16} className="quota-board">
      {stale ? <Alert type="info" showIcon title={movementsMessages.boardStale} /> : null}
      <Card size="small">
        <Row gutter={16} align="middle">
          <Col xs={12} md={5}>
            <Statistic title={t.nominationCount} value={board.nominationCount} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t.selectedCount} value={selectedCount} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic
              title={t.violationCount}
              value={board.violations.length}
              styles={{ content: board.violations.length > 0 ? { color: '#cf1322' } : {} }}
            />
          </Col>
          <Col xs={12} md={5}>
            <Statistic
              title={t.unitsOver}
              value={unitsOver}
              styles={{ content: unitsOver > 0 ? { color: '#cf1322' } : {} }}
            />
          </Col>
          <Col xs={24} md={4} style={{ textAlign: 'right' }}>
            <Button icon={<PlusOutlined aria-hidden />} onClick={onAddNominations}>
              {t.goToNominations}
            </Button>
          </Col>
        </Row>
      </Card>

      {board.rules.length === 0 ? <Alert type="warning" showIcon title={t.noRules} /> : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={<h2 className="board-card-title">{t.movementWide}</h2>}
            style={{ height: '100%' }}
          >
            {totalRules.length === 0 ? (
              <Typography.Text type="secondary">{t.movementWideEmpty}</Typography.Text>
            ) : (
              <Flex vertical gap={12}>
                {totalRules.map((rule) => (
                  <TotalRule
                    key={rule.id}
                    rule={rule}
                    number={ruleNumber.get(rule.id) ?? 0}
                    usage={board.usages.find((u) => u.ruleId === rule.id && u.unitId === null)}
                    nominations={inScope(rule)}
                  />
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Violations violations={board.violations} />
        </Col>
      </Row>

      <UnitTable
        rows={rows}
        unitRules={unitRules}
        ruleNumber={ruleNumber}
        rulesById={rulesById}
        formName={formName}
      />
    </Flex>
  );
}

function TotalRule({
  rule,
  number,
  usage,
  nominations,
}: {
  rule: BoardRule;
  number: number;
  usage: Usage | undefined;
  nominations: readonly Nomination[];
}) {
  const proposedFor = (key: LimitKey) =>
    key === 'combined'
      ? nominations.length
      : nominations.filter((n) => n.subjectType === LIMIT_SUBJECT[key]).length;
  return (
    <section aria-label={movementsMessages.rules.item(number)} className="board-total-rule">
      <Flex gap={8} align="baseline">
        <Tag>{movementsMessages.rules.item(number)}</Tag>
        <Typography.Text className="quota-rule-sentence">{rule.sentence}</Typography.Text>
      </Flex>
      {usage ? (
        <Flex gap={24} wrap style={{ marginTop: 6, paddingLeft: 4 }}>
          {limitEntries(usage.limits).map(({ key, limit }) => (
            <div key={key}>
              <LimitBar
                label={t.limitLabels[key]}
                used={used(usage, key)}
                limit={limit}
                ariaLabel={t.barLabel(t.limitLabels[key], used(usage, key), limit, rule.sentence)}
              />
              <Typography.Text type="secondary" className="limit-bar-caption">
                {rule.kind === 'selection'
                  ? t.selectedOfProposed(used(usage, key), proposedFor(key))
                  : t.proposedOnly(proposedFor(key))}
              </Typography.Text>
            </div>
          ))}
        </Flex>
      ) : null}
    </section>
  );
}

function LimitBar({
  label,
  used: count,
  limit,
  ariaLabel,
}: {
  label: string;
  used: number;
  limit: number;
  ariaLabel: string;
}) {
  const over = count > limit;
  const percent = limit > 0 ? Math.min(100, (count / limit) * 100) : count > 0 ? 100 : 0;
  return (
    <Flex align="center" gap={8} className={over ? 'limit-bar limit-bar-over' : 'limit-bar'}>
      <span className="limit-bar-label">{label}</span>
      <Progress
        className="limit-bar-progress"
        percent={percent}
        size="small"
        status={over ? 'exception' : 'normal'}
        format={() => `${count}/${limit}`}
        aria-label={ariaLabel}
      />
    </Flex>
  );
}

function Violations({ violations }: { violations: QuotaBoard['violations'] }) {
  return (
    <Card
      size="small"
      title={
        <h2 className="board-card-title">
          {t.violations} ({violations.length})
        </h2>
      }
      style={{ height: '100%' }}
    >
      {violations.length === 0 ? (
        <Alert type="success" showIcon title={t.noViolations} />
      ) : (
        <ul className="board-violations" aria-label={t.violations}>
          {violations.map((v, i) => (
            <li key={`${v.code}-${v.ruleId}-${v.unitId}-${v.limitKey}-${i}`}>
              <Alert type="error" showIcon title={v.message} role="presentation" />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function overrideText(usage: Usage): string {
  return limitEntries(usage.limits)
    .map(({ limit }) => twoDigits(limit))
    .join(' + ');
}

function UnitTable({
  rows,
  unitRules,
  ruleNumber,
  rulesById,
  formName,
}: {
  rows: readonly UnitRow[];
  unitRules: readonly BoardRule[];
  ruleNumber: ReadonlyMap<number, number>;
  rulesById: ReadonlyMap<number, BoardRule>;
  formName: (code: string | null) => string;
}) {
  const [kind, setKind] = useState<string | null>(null);
  const [sector, setSector] = useState<string | null>(null);
  const [onlyWithNominations, setOnlyWithNominations] = useState(false);
  const [onlyOver, setOnlyOver] = useState(false);

  const kindOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of rows) seen.set(r.unit.kindCode, r.unit.kindName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [rows]);
  const sectorOptions = useMemo(() => {
    const seen = new Set<string>();
    let withoutSector = false;
    for (const r of rows) {
      if (r.unit.sector) seen.add(r.unit.sector);
      else withoutSector = true;
    }
    return [
      ...[...seen].sort(compareVi).map((s) => ({ value: s, label: s })),
      ...(withoutSector
        ? [{ value: NO_SECTOR, label: movementsMessages.board.noSectorOption }]
        : []),
    ];
  }, [rows]);

  const shown = rows.filter(
    (r) =>
      (kind === null || r.unit.kindCode === kind) &&
      (sector === null || (sector === NO_SECTOR ? !r.unit.sector : r.unit.sector === sector)) &&
      (!onlyWithNominations || r.nominationCount > 0) &&
      (!onlyOver || r.over),
  );

  const columns: TableColumnsType<UnitRow> = [
    {
      key: 'index',
      title: movementsMessages.nominations.columns.index,
      width: 56,
      align: 'right',
      render: (_v, _r, i) => i + 1,
    },
    {
      key: 'unit',
      title: t.unit,
      render: (_v, row) => (
        <Flex vertical gap={2} style={{ minWidth: 180 }}>
          <span className="board-unit-name">{row.unit.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.unit.kindName}
            {row.unit.sector ? ` · ${movementsMessages.board.sectorPrefix} ${row.unit.sector}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'count',
      title: movementsMessages.board.nominationsColumn,
      onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      width: 100,
      align: 'right',
      render: (_v, row) => row.nominationCount,
    },
    {
      key: 'usage',
      title: t.usage,
      render: (_v, row) =>
        row.usages.length === 0 ? (
          <Typography.Text type="secondary">{movementsMessages.board.noUnitRule}</Typography.Text>
        ) : (
          <Flex vertical gap={8}>
            {row.usages.map((usage) => {
              const rule = rulesById.get(usage.ruleId);
              const number = ruleNumber.get(usage.ruleId) ?? 0;
              return (
                <div key={usage.ruleId}>
                  <Flex gap={6} align="center" wrap style={{ marginBottom: 2 }}>
                    <Tooltip title={rule?.sentence}>
                      <Tag>{movementsMessages.rules.item(number)}</Tag>
                    </Tooltip>
                    <Typography.Text style={{ fontSize: 12 }}>
                      {formName(rule?.awardFormCode ?? null)}
                    </Typography.Text>
                    {usage.overrideSector ? (
                      <Tooltip
                        title={movementsMessages.board.overrideHint(
                          usage.overrideSector,
                          describeLimits(usage.limits),
                        )}
                      >
                        <Tag color="purple" className="board-override">
                          {t.override(usage.overrideSector, overrideText(usage))}
                        </Tag>
                      </Tooltip>
                    ) : null}
                  </Flex>
                  <Flex gap={16} wrap>
                    {limitEntries(usage.limits).map(({ key, limit }) => (
                      <LimitBar
                        key={key}
                        label={t.limitLabels[key]}
                        used={used(usage, key)}
                        limit={limit}
                        ariaLabel={t.barLabel(
                          t.limitLabels[key],
                          used(usage, key),
                          limit,
                          row.unit.name,
                        )}
                      />
                    ))}
                  </Flex>
                </div>
              );
            })}
          </Flex>
        ),
    },
    {
      key: 'status',
      title: t.status,
      width: 140,
      render: (_v, row) =>
        row.over ? (
          <Tag color="red">{t.over}</Tag>
        ) : row.otherViolations > 0 ? (
          <Tag color="orange">{movementsMessages.board.otherViolation}</Tag>
        ) : row.nominationCount > 0 ? (
          <Tag color="green">{t.ok}</Tag>
        ) : (
          <Tag>{movementsMessages.board.noNominations}</Tag>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={<h2 className="board-card-title">{t.perUnit}</h2>}
      extra={
        <Typography.Text type="secondary">
          {t.unitsShown(shown.length, rows.length)}
        </Typography.Text>
      }
    >
      {unitRules.length > 0 ? (
        <ul className="board-unit-rules">
          {unitRules.map((rule) => (
            <li key={rule.id}>
              <Tag>{movementsMessages.rules.item(ruleNumber.get(rule.id) ?? 0)}</Tag>
              <span className="quota-rule-sentence">{rule.sentence}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center">
          <label htmlFor="board-filter-kind">{t.filterKind}</label>
          <Select
            id="board-filter-kind"
            allowClear
            style={{ minWidth: 220 }}
            placeholder={t.filterKindPlaceholder}
            options={kindOptions}
            value={kind ?? undefined}
            onChange={(value: string | undefined) => setKind(value ?? null)}
            showSearch={{
              filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
            }}
          />
        </Flex>
        <Flex gap={8} align="center">
          <label htmlFor="board-filter-sector">{t.filterSector}</label>
          <Select
            id="board-filter-sector"
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t.filterSectorPlaceholder}
            options={sectorOptions}
            value={sector ?? undefined}
            onChange={(value: string | undefined) => setSector(value ?? null)}
            showSearch={{
              filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
            }}
          />
        </Flex>
        <Checkbox
          checked={onlyWithNominations}
          onChange={(e) => setOnlyWithNominations(e.target.checked)}
        >
          {t.onlyWithNominations}
        </Checkbox>
        <Checkbox checked={onlyOver} onChange={(e) => setOnlyOver(e.target.checked)}>
          {t.onlyOver}
        </Checkbox>
      </Flex>
      <Table<UnitRow>
        className="board-table"
        rowKey={(row) => row.unit.id}
        size="small"
        columns={columns}
        dataSource={shown}
        rowClassName={(row) => (row.over ? 'board-row-over' : '')}
        locale={{
          emptyText: <Empty description={rows.length === 0 ? t.perUnitEmpty : t.perUnitFiltered} />,
        }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
      />
    </Card>
  );
}
