import {
  CopyOutlined,
  FileExcelOutlined,
  PlusOutlined,
  ScheduleOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
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
import type { AwardForm } from '../../../../shared/domain/award-form';
import { formatDateVi } from '../../../../shared/domain/dates';
import {
  DOSSIER_STATUSES,
  type Dossier,
  type DossierStatus,
} from '../../../../shared/domain/dossier';
import { DOSSIER_STATUS_LABELS } from '../../../../shared/domain/dossier-labels';
import type { Movement } from '../../../../shared/domain/movement';
import { compareVi, matchesSearch, sortVi } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { hrefFor, navigate } from '../../app/use-hash-route';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { catalogQueries } from '../catalog/queries';
import { ExchangeButtons } from '../exchange/ExchangeButtons';
import { movementQueries } from '../movements/queries';
import { unitQueries } from '../units/queries';
import { DossierFormModal, type DossierEditorTarget } from './DossierFormModal';
import { downloadFile } from './files';
import { dossiersMessages } from './messages.vi';
import {
  dossierPath,
  duplicatesPath,
  filterFromHash,
  intakePathFor,
  registerPath,
  searchPath,
  type RegisterFilter,
} from './paths';
import { dossierQueries } from './queries';
import { StatusTag } from './StatusTag';

const t = dossiersMessages.register;
const FIRST_YEAR = 2015;

/** `#/ho-so`: the register of incoming dossiers (sổ theo dõi hồ sơ đến). */
export function RegisterPage() {
  const { message } = App.useApp();
  const [filter, setFilterState] = useState<RegisterFilter>(() =>
    filterFromHash(window.location.hash),
  );
  const [editor, setEditor] = useState<DossierEditorTarget | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  // While a new filter loads, the previous rows stay (dimmed) instead of a blank skeleton.
  const dossiers = useQuery({ ...dossierQueries.list(filter), placeholderData: keepPreviousData });
  const movements = useQuery(movementQueries.list());
  const units = useQuery(unitQueries.list());
  const awardForms = useQuery(catalogQueries.awardForms());
  const chosenMovement = useQuery({
    ...movementQueries.detail(filter.movementId ?? 0),
    enabled: filter.movementId !== undefined,
  });

  // Period names live in each movement: load the few movements the register shows.
  const movementIds = useMemo(
    () => [...new Set((dossiers.data ?? []).flatMap((d) => (d.movementId ? [d.movementId] : [])))],
    [dossiers.data],
  );
  const movementDetails = useQueries({
    queries: movementIds.map((id) => movementQueries.detail(id)),
  });
  const movementById = new Map<number, Movement>();
  for (const q of movementDetails) if (q.data) movementById.set(q.data.id, q.data);

  /** Filters are kept in the address, so a filtered register can be bookmarked or sent back to. */
  const setFilter = (next: RegisterFilter) => {
    setFilterState(next);
    window.history.replaceState(null, '', hrefFor(registerPath(next)));
  };
  const patch = (changes: Partial<RegisterFilter>) => {
    const next: RegisterFilter = { ...filter, ...changes };
    for (const key of Object.keys(next) as (keyof RegisterFilter)[]) {
      if (next[key] === undefined) delete next[key];
    }
    setFilter(next);
  };

  const onExport = async () => {
    setExportError(null);
    setExporting(true);
    try {
      const file = await call('exports.dossiers', filter);
      downloadFile(file);
      void message.success(t.exported(file.fileName));
    } catch (error) {
      setExportError(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  const header = (
    <PageHeader
      title={dossiersMessages.title}
      description={dossiersMessages.description}
      extra={
        <>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() =>
              setEditor({
                mode: 'create',
                movementId: filter.movementId,
                periodCode: filter.periodCode,
              })
            }
            disabled={!units.data || !movements.data || !awardForms.data}
          >
            {t.create}
          </Button>
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            onClick={() => void onExport()}
            loading={exporting}
          >
            {t.export}
          </Button>
          <Button
            icon={<ScheduleOutlined aria-hidden />}
            href={hrefFor(intakePathFor(filter.movementId, filter.periodCode))}
          >
            {dossiersMessages.nav.intake}
          </Button>
          <Button icon={<CopyOutlined aria-hidden />} href={hrefFor(duplicatesPath())}>
            {dossiersMessages.nav.duplicates}
          </Button>
          <Button icon={<SearchOutlined aria-hidden />} href={hrefFor(searchPath())}>
            {dossiersMessages.nav.search}
          </Button>
          <ExchangeButtons movementId={filter.movementId} />
        </>
      }
    />
  );

  const yearOptions = useMemo(() => {
    const last = new Date().getFullYear();
    return Array.from({ length: last - FIRST_YEAR + 1 }, (_v, i) => ({
      value: last - i,
      label: String(last - i),
    }));
  }, []);

  const filtered =
    filter.movementId !== undefined ||
    filter.proposingUnitId !== undefined ||
    filter.status !== undefined ||
    filter.year !== undefined ||
    filter.lateOnly ||
    filter.incompleteOnly;

  return (
    <>
      {header}
      <Card size="small" style={{ marginBottom: 16 }}>
        <section aria-label={t.filtersLabel}>
          <Row gutter={[12, 8]} align="bottom">
            <Col xs={24} md={12} xl={6}>
              <FilterLabel id="filter-movement" text={t.movement} />
              <Select
                id="filter-movement"
                style={{ width: '100%' }}
                allowClear
                placeholder={t.movementPlaceholder}
                value={filter.movementId}
                options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.title }))}
                onChange={(value: number | undefined) =>
                  patch({ movementId: value, periodCode: undefined })
                }
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Col>
            {(chosenMovement.data?.periods.length ?? 0) > 0 && filter.movementId ? (
              <Col xs={12} md={6} xl={3}>
                <FilterLabel id="filter-period" text={t.period} />
                <Select
                  id="filter-period"
                  style={{ width: '100%' }}
                  allowClear
                  placeholder={t.periodPlaceholder}
                  value={filter.periodCode}
                  options={(chosenMovement.data?.periods ?? []).map((p) => ({
                    value: p.code,
                    label: p.name,
                  }))}
                  onChange={(value: string | undefined) => patch({ periodCode: value })}
                />
              </Col>
            ) : null}
            <Col xs={24} md={12} xl={6}>
              <FilterLabel id="filter-unit" text={t.unit} />
              <Select
                id="filter-unit"
                style={{ width: '100%' }}
                allowClear
                placeholder={t.unitPlaceholder}
                value={filter.proposingUnitId}
                options={sortVi(units.data ?? [], (u) => u.name).map((u) => ({
                  value: u.id,
                  label: u.name,
                }))}
                onChange={(value: number | undefined) => patch({ proposingUnitId: value })}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Col>
            <Col xs={12} md={6} xl={4}>
              <FilterLabel id="filter-status" text={t.status} />
              <Select
                id="filter-status"
                style={{ width: '100%' }}
                allowClear
                placeholder={t.statusPlaceholder}
                value={filter.status}
                options={DOSSIER_STATUSES.map((s) => ({
                  value: s,
                  label: DOSSIER_STATUS_LABELS[s],
                }))}
                onChange={(value: DossierStatus | undefined) => patch({ status: value })}
              />
            </Col>
            <Col xs={12} md={6} xl={3}>
              <FilterLabel id="filter-year" text={t.year} />
              <Select
                id="filter-year"
                style={{ width: '100%' }}
                allowClear
                placeholder={t.yearPlaceholder}
                value={filter.year}
                options={yearOptions}
                onChange={(value: number | undefined) => patch({ year: value })}
              />
            </Col>
            <Col xs={24} xl={5}>
              <Flex gap={12} wrap align="center" style={{ minHeight: 32 }}>
                <Checkbox
                  checked={filter.lateOnly}
                  onChange={(e) => patch({ lateOnly: e.target.checked })}
                >
                  {t.lateOnly}
                </Checkbox>
                <Checkbox
                  checked={filter.incompleteOnly}
                  onChange={(e) => patch({ incompleteOnly: e.target.checked })}
                >
                  {t.incompleteOnly}
                </Checkbox>
                {filtered ? (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setFilter({ lateOnly: false, incompleteOnly: false })}
                  >
                    {t.clearFilters}
                  </Button>
                ) : null}
              </Flex>
            </Col>
          </Row>
        </section>
      </Card>

      {exportError ? (
        <Alert
          type="error"
          showIcon
          title={t.exportFailed}
          description={exportError}
          closable={{ onClose: () => setExportError(null) }}
          style={{ marginBottom: 16 }}
        />
      ) : null}

      {dossiers.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : dossiers.isError ? (
        <QueryError error={dossiers.error} onRetry={() => void dossiers.refetch()} />
      ) : (
        <>
          <Summary dossiers={dossiers.data} />
          <Card size="small">
            <Table<Dossier>
              className="dossiers-table"
              aria-label={t.tableLabel}
              rowKey="id"
              size="small"
              columns={registerColumns(awardForms.data ?? [], movementById)}
              dataSource={dossiers.data}
              loading={dossiers.isPlaceholderData}
              scroll={{ x: 1080 }}
              onRow={(d) => ({
                onClick: (event) => {
                  if ((event.target as Element).closest('button, a, .ant-popover')) return;
                  navigate(dossierPath(d.id));
                },
                className: 'dossiers-row',
              })}
              locale={{
                emptyText: <Empty description={filtered ? t.emptyFiltered : t.empty} />,
              }}
              pagination={{ hideOnSinglePage: true, defaultPageSize: 50, showSizeChanger: true }}
            />
          </Card>
        </>
      )}

      {editor && units.data && movements.data && awardForms.data ? (
        <DossierFormModal
          target={editor}
          units={units.data}
          movements={movements.data}
          awardForms={awardForms.data}
          onClose={() => setEditor(null)}
          onSaved={(dossier) => {
            void message.success(
              dossiersMessages.form.created(
                dossiersMessages.incoming(dossier.incomingNumber, dossier.year),
              ),
            );
            setEditor(null);
            navigate(dossierPath(dossier.id));
          }}
        />
      ) : null}
    </>
  );
}

/** A visible label for a filter's Select (antd Select has no built-in label). */
function FilterLabel({ id, text }: { id: string; text: string }) {
  return (
    <label htmlFor={id} className="dossier-filter-label">
      {text}
    </label>
  );
}

function Summary({ dossiers }: { dossiers: readonly Dossier[] }) {
  const byStatus = new Map<DossierStatus, number>();
  for (const d of dossiers) byStatus.set(d.status, (byStatus.get(d.status) ?? 0) + 1);
  const late = dossiers.filter((d) => d.daysLate > 0).length;
  const incomplete = dossiers.filter((d) => d.missingMandatory > 0).length;
  const nominations = dossiers.reduce((sum, d) => sum + d.nominationCount, 0);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <section aria-label={t.summaryLabel}>
        <Row gutter={[16, 12]} align="middle">
          <Col xs={12} md={4}>
            <Statistic title={t.total} value={dossiers.length} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t.late}
              value={late}
              styles={{ content: late > 0 ? { color: '#cf1322' } : {} }}
            />
          </Col>
          <Col xs={12} md={4}>
            <Statistic
              title={t.incomplete}
              value={incomplete}
              styles={{ content: incomplete > 0 ? { color: '#d46b08' } : {} }}
            />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title={t.nominations} value={nominations} />
          </Col>
          <Col xs={24} md={8}>
            <Flex gap={6} wrap className="dossier-status-counts">
              {DOSSIER_STATUSES.filter((s) => byStatus.has(s)).map((s) => (
                <span key={s}>
                  <StatusTag status={s} />
                  <Typography.Text strong>{byStatus.get(s)}</Typography.Text>
                </span>
              ))}
            </Flex>
          </Col>
        </Row>
      </section>
    </Card>
  );
}

function registerColumns(
  catalog: readonly AwardForm[],
  movements: ReadonlyMap<number, Movement>,
): TableColumnsType<Dossier> {
  const formName = (code: string) => catalog.find((f) => f.code === code)?.name ?? code;
  const periodName = (d: Dossier) =>
    d.periodCode && d.movementId
      ? (movements.get(d.movementId)?.periods.find((p) => p.code === d.periodCode)?.name ??
        d.periodCode)
      : null;
  const oneLine = () => ({ style: { whiteSpace: 'nowrap' as const } });
  return [
    {
      key: 'incoming',
      title: t.columns.incoming,
      width: 72,
      onHeaderCell: oneLine,
      sorter: (a, b) => a.year - b.year || a.incomingNumber - b.incomingNumber,
      render: (_v, d) => {
        const incoming = dossiersMessages.incoming(d.incomingNumber, d.year);
        return (
          <a
            href={hrefFor(dossierPath(d.id))}
            className="dossier-incoming"
            aria-label={t.openLabel(incoming, d.proposingUnitName)}
          >
            {incoming}
          </a>
        );
      },
    },
    {
      key: 'received',
      title: t.columns.received,
      width: 96,
      onHeaderCell: oneLine,
      sorter: (a, b) => a.receivedDate.localeCompare(b.receivedDate),
      render: (_v, d) => formatDateVi(d.receivedDate),
    },
    {
      key: 'unit',
      title: t.columns.unit,
      width: 150,
      sorter: (a, b) => compareVi(a.proposingUnitName, b.proposingUnitName),
      render: (_v, d) => <span className="dossier-unit">{d.proposingUnitName}</span>,
    },
    {
      key: 'document',
      title: t.columns.document,
      width: 130,
      sorter: (a, b) => compareVi(a.documentNumber ?? '', b.documentNumber ?? ''),
      render: (_v, d) =>
        t.documentLine(d.documentNumber, formatDateVi(d.documentDate)) || dossiersMessages.none,
    },
    {
      key: 'movement',
      title: t.columns.movement,
      width: 150,
      sorter: (a, b) => compareVi(a.movementTitle ?? '', b.movementTitle ?? ''),
      render: (_v, d) => {
        const period = periodName(d);
        return d.movementTitle ? (
          <Flex vertical gap={0}>
            <Typography.Paragraph
              ellipsis={{ rows: 2, tooltip: d.movementTitle }}
              style={{ margin: 0 }}
            >
              {d.movementTitle}
            </Typography.Paragraph>
            {period ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {period}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          dossiersMessages.none
        );
      },
    },
    {
      key: 'forms',
      title: t.columns.forms,
      width: 170,
      render: (_v, d) => d.awardFormCodes.map(formName).join('; '),
    },
    {
      key: 'nominations',
      title: t.columns.nominations,
      width: 72,
      onHeaderCell: () => ({ style: { textAlign: 'right' as const } }),
      align: 'right',
      sorter: (a, b) => a.nominationCount - b.nominationCount,
      render: (_v, d) => d.nominationCount,
    },
    {
      key: 'status',
      title: t.columns.status,
      width: 112,
      onHeaderCell: oneLine,
      sorter: (a, b) => DOSSIER_STATUSES.indexOf(a.status) - DOSSIER_STATUSES.indexOf(b.status),
      render: (_v, d) =>
        d.statusReason ? (
          <Tooltip title={d.statusReason}>
            <span>
              <StatusTag status={d.status} />
            </span>
          </Tooltip>
        ) : (
          <StatusTag status={d.status} />
        ),
    },
    {
      key: 'late',
      title: t.columns.late,
      width: 72,
      onHeaderCell: oneLine,
      sorter: (a, b) => a.daysLate - b.daysLate,
      render: (_v, d) =>
        d.daysLate > 0 ? <Tag color="red">{dossiersMessages.days(d.daysLate)}</Tag> : null,
    },
    {
      key: 'missing',
      title: t.columns.missing,
      width: 66,
      onHeaderCell: oneLine,
      sorter: (a, b) => a.missingMandatory - b.missingMandatory,
      render: (_v, d) =>
        d.missingMandatory > 0 ? (
          <Tag color="orange">{t.missingItems(d.missingMandatory)}</Tag>
        ) : null,
    },
    {
      key: 'files',
      title: t.columns.files,
      width: 48,
      align: 'right',
      onHeaderCell: oneLine,
      sorter: (a, b) => a.fileCount - b.fileCount,
      render: (_v, d) => d.fileCount,
    },
  ];
}
