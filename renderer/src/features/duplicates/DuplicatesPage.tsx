import { FileExcelOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Row,
  Segmented,
  Select,
  Skeleton,
  Statistic,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import type { DuplicatePairView } from '../../../../shared/domain/duplicate';
import type { MovementSummary } from '../../../../shared/domain/movement';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { hrefFor } from '../../app/use-hash-route';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { downloadFile } from '../dossiers/files';
import { dossiersMessages } from '../dossiers/messages.vi';
import { searchPath } from '../dossiers/paths';
import { numberSymbol } from '../movements/numbering';
import { movementQueries } from '../movements/queries';
import { hashIdParam, replaceHashParam } from '../search/hash-query';
import { DuplicatePairCard, sideName } from './DuplicatePairCard';
import './duplicates.css';
import { duplicatesMessages as t } from './messages.vi';
import { duplicateQueries } from './queries';
import { ResolveDuplicateModal, type ResolveTarget } from './ResolveDuplicateModal';

/** The address keeps the chosen movement (`#/ho-so/trung-lap?phong-trao=3`). */
const MOVEMENT_PARAM = 'phong-trao';
const MOVEMENT_SELECT_ID = 'duplicates-movement';

type SeverityFilter = 'all' | DuplicatePairView['severity'];

const STRENGTH_ORDER: Record<DuplicatePairView['strength'], number> = {
  chac_chan: 0,
  nhieu_kha_nang: 1,
  co_the: 2,
};

/** Errors (same period) first, then the strongest suspicions. */
function byUrgency(p: DuplicatePairView, q: DuplicatePairView): number {
  return (
    (p.severity === q.severity ? 0 : p.severity === 'error' ? -1 : 1) ||
    STRENGTH_ORDER[p.strength] - STRENGTH_ORDER[q.strength] ||
    p.a.id - q.a.id ||
    p.b.id - q.b.id
  );
}

/** Without a choice in the address: the movement most recently worked on that has nominations. */
function defaultMovement(movements: readonly MovementSummary[]): number | null {
  const withNominations = movements.filter((m) => m.nominationCount > 0);
  const pool = withNominations.length > 0 ? withNominations : movements;
  const latest = [...pool].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt))[0];
  return latest?.id ?? null;
}

/** `#/ho-so/trung-lap`: the suspected duplicate pairs of one movement, and their resolution. */
export function DuplicatesPage() {
  const movements = useQuery(movementQueries.list());
  const [chosen, setChosen] = useState<number | null>(() => hashIdParam(MOVEMENT_PARAM));

  const header = (movementId: number | null = null) => (
    <PageHeader
      title={t.title}
      description={t.description}
      extra={
        <>
          {movementId !== null ? <ExportButton movementId={movementId} /> : null}
          <Button href={hrefFor(searchPath())} icon={<SearchOutlined aria-hidden />}>
            {t.toSearch}
          </Button>
        </>
      }
    />
  );

  if (movements.isPending) {
    return (
      <>
        {header()}
        <Skeleton active paragraph={{ rows: 6 }} />
      </>
    );
  }
  if (movements.isError) {
    return (
      <>
        {header()}
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      </>
    );
  }
  if (movements.data.length === 0) {
    return (
      <>
        {header()}
        <Empty description={t.noMovements} />
      </>
    );
  }

  const movementId =
    chosen !== null && movements.data.some((m) => m.id === chosen)
      ? chosen
      : defaultMovement(movements.data);
  const choose = (id: number) => {
    setChosen(id);
    replaceHashParam(MOVEMENT_PARAM, String(id));
  };

  return (
    <>
      {header(movementId)}
      <Flex vertical gap={4} style={{ marginBottom: 16, maxWidth: 820 }}>
        <label htmlFor={MOVEMENT_SELECT_ID}>
          <Typography.Text strong>{t.movement}</Typography.Text>
        </label>
        <Select
          id={MOVEMENT_SELECT_ID}
          value={movementId}
          placeholder={t.movementPlaceholder}
          onChange={choose}
          options={movements.data.map((m) => ({
            value: m.id,
            label: [numberSymbol(m), m.title].filter(Boolean).join(' — '),
          }))}
          showSearch={{
            filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
          }}
          popupMatchSelectWidth
        />
      </Flex>
      {movementId !== null ? <MovementDuplicates key={movementId} movementId={movementId} /> : null}
    </>
  );
}

/** “Xuất Excel”: the movement's unresolved pairs, errors first, in Vietnamese name order. */
function ExportButton({ movementId }: { movementId: number }) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const onExport = async () => {
    setExporting(true);
    try {
      const file = await call('exports.duplicates', { movementId });
      downloadFile(file);
      void message.success(dossiersMessages.register.exported(file.fileName));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Button
      icon={<FileExcelOutlined aria-hidden />}
      onClick={() => void onExport()}
      loading={exporting}
    >
      {dossiersMessages.register.export}
    </Button>
  );
}

function MovementDuplicates({ movementId }: { movementId: number }) {
  const pairs = useQuery(duplicateQueries.list(movementId));
  const movement = useQuery(movementQueries.detail(movementId));
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [resolving, setResolving] = useState<ResolveTarget | null>(null);

  const sorted = useMemo(() => [...(pairs.data ?? [])].sort(byUrgency), [pairs.data]);

  if (pairs.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (pairs.isError) {
    return <QueryError error={pairs.error} onRetry={() => void pairs.refetch()} />;
  }

  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const shown = filter === 'all' ? sorted : sorted.filter((p) => p.severity === filter);
  const periodName = (code: string | null) =>
    code === null
      ? t.noPeriod
      : (movement.data?.periods.find((p) => p.code === code)?.name ?? code);

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <section aria-label={t.countsLabel}>
          <Row gutter={[16, 12]} align="middle">
            <Col xs={8} md={5}>
              <Statistic title={t.total} value={sorted.length} />
            </Col>
            <Col xs={8} md={5}>
              <Statistic
                title={t.errors}
                value={errors}
                styles={{ content: errors > 0 ? { color: '#cf1322' } : {} }}
              />
            </Col>
            <Col xs={8} md={5}>
              <Statistic
                title={t.warnings}
                value={warnings}
                styles={{ content: warnings > 0 ? { color: '#d46b08' } : {} }}
              />
            </Col>
            <Col xs={24} md={9}>
              {sorted.length > 0 ? (
                <Flex justify="flex-end">
                  <Segmented<SeverityFilter>
                    aria-label={t.show}
                    value={filter}
                    onChange={setFilter}
                    options={[
                      { value: 'all', label: t.filters.all },
                      { value: 'error', label: t.filters.error },
                      { value: 'warning', label: t.filters.warning },
                    ]}
                  />
                </Flex>
              ) : null}
            </Col>
          </Row>
        </section>
      </Card>
      {sorted.length === 0 ? (
        <Card>
          <Empty
            description={
              <Flex vertical gap={4}>
                <Typography.Text strong>{t.empty}</Typography.Text>
                <Typography.Text type="secondary">{t.emptyHint}</Typography.Text>
              </Flex>
            }
          />
        </Card>
      ) : shown.length === 0 ? (
        <Empty description={t.emptyFiltered} />
      ) : (
        <Flex vertical gap={16} role="list" aria-label={t.total}>
          {shown.map((pair) => (
            <div
              role="listitem"
              key={pair.key}
              aria-label={t.pairLabel(sideName(pair.a), sideName(pair.b))}
            >
              <DuplicatePairCard
                pair={pair}
                periodName={periodName}
                onNotSame={() => setResolving({ pair, decision: 'khac_nguoi' })}
                onMerge={() => setResolving({ pair, decision: 'gop' })}
              />
            </div>
          ))}
        </Flex>
      )}
      {resolving ? (
        <ResolveDuplicateModal
          key={`${resolving.pair.key}-${resolving.decision}`}
          target={resolving}
          onClose={() => setResolving(null)}
        />
      ) : null}
    </>
  );
}
