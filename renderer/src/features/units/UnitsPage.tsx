import { DownOutlined, EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Tree,
  Typography,
  type TableColumnsType,
  type TreeDataNode,
} from 'antd';
import { useMemo, useState } from 'react';
import { todayIso } from '../../../../shared/domain/dates';
import type { Unit, UnitKind } from '../../../../shared/domain/unit';
import { compareVi } from '../../../../shared/text/vietnamese';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { unitsMessages as t } from './messages.vi';
import { useDeleteUnitMutation } from './mutations';
import { unitQueries } from './queries';
import { UnitFormModal, type UnitEditorTarget } from './UnitFormModal';
import {
  ancestorsOf,
  childrenOf,
  formatValidity,
  indexUnits,
  isExpired,
  isNotYetValid,
  knownSectors,
  parentPath,
  visibleWithoutExpired,
  type UnitIndex,
} from './unit-tree';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';

const SEARCH_DELAY_MS = 250;
/** Above this many units the tree renders only the rows on screen. */
const VIRTUAL_TREE_FROM = 400;
const TREE_HEIGHT = 560;

export function UnitsPage() {
  const units = useQuery(unitQueries.list());
  const kinds = useQuery(unitQueries.kinds());

  if (units.isPending || kinds.isPending) {
    return (
      <>
        <PageHeader title={t.title} description={t.description} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  if (units.isError || kinds.isError) {
    return (
      <>
        <PageHeader title={t.title} description={t.description} />
        <QueryError
          error={units.error ?? kinds.error}
          onRetry={() => {
            void units.refetch();
            void kinds.refetch();
          }}
        />
      </>
    );
  }
  return <UnitsScreen units={units.data} kinds={kinds.data} />;
}

function UnitsScreen({ units, kinds }: { units: Unit[]; kinds: UnitKind[] }) {
  const { message } = App.useApp();
  const today = todayIso();
  const index = useMemo(() => indexUnits(units), [units]);
  const sectors = useMemo(() => knownSectors(units), [units]);

  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [expandedKeys, setExpandedKeys] = useState<number[] | null>(null);
  const [showExpired, setShowExpired] = useState(true);
  const [searchText, setSearchText] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editor, setEditor] = useState<UnitEditorTarget | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const deleteUnit = useDeleteUnitMutation();

  const query = searchText.trim();
  const debouncedQuery = useDebouncedValue(query, SEARCH_DELAY_MS);
  const isSearching = query !== '';
  const search = useQuery({
    ...unitQueries.list(debouncedQuery),
    enabled: isSearching && debouncedQuery !== '',
    placeholderData: keepPreviousData,
  });

  const visible = useMemo(
    () => (showExpired ? null : visibleWithoutExpired(index, today)),
    [index, showExpired, today],
  );
  const isVisible = (unit: Unit) => visible === null || visible.has(unit.id);
  const selected = selectedId === null ? undefined : index.byId.get(selectedId);

  // Until the person opens or closes a branch, show the top level opened one step.
  const defaultExpanded = useMemo(
    () =>
      childrenOf(index, null)
        .filter((u) => u.childCount > 0)
        .map((u) => u.id),
    [index],
  );
  const effectiveExpanded = expandedKeys ?? defaultExpanded;

  const reveal = (id: number | null) => {
    setSelectedId(id);
    setPage(1);
    if (id !== null) {
      const path = [...ancestorsOf(index, id).map((u) => u.id), id];
      setExpandedKeys([...new Set([...effectiveExpanded, ...path])]);
    }
  };

  const rows: Unit[] = isSearching
    ? (search.data ?? []).filter(isVisible)
    : childrenOf(index, selected?.id ?? null).filter(isVisible);
  const searchPending = isSearching && (debouncedQuery !== query || search.isFetching);

  const onDelete = async (unit: Unit) => {
    setActionError(null);
    try {
      await deleteUnit.mutateAsync(unit.id);
      void message.success(t.deleted(unit.name));
    } catch (error) {
      setActionError(errorText(error));
    }
  };

  const columns = unitColumns({
    index,
    today,
    showPath: isSearching,
    offset: (page - 1) * pageSize,
    onOpen: (unit) => {
      setSearchText('');
      reveal(unit.id);
    },
    onEdit: (unit) => {
      setActionError(null);
      setEditor({ mode: 'edit', unit });
    },
    onDelete: (unit) => void onDelete(unit),
  });

  const tableTitle = isSearching
    ? searchPending && !search.data
      ? t.searching
      : t.searchResults(query, rows.length)
    : selected
      ? t.childrenOf(selected.name)
      : t.topLevelTitle;

  const emptyText = isSearching
    ? t.emptySearch
    : units.length === 0
      ? t.empty
      : selected && selected.childCount === 0
        ? t.emptyChildren
        : t.allHiddenExpired;

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        extra={
          <>
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => {
                setActionError(null);
                setEditor({ mode: 'create', parentId: null });
              }}
            >
              {t.addUnit}
            </Button>
            <Tooltip title={selected ? undefined : t.addChildHint}>
              <Button
                icon={<PlusOutlined aria-hidden />}
                disabled={!selected}
                onClick={() => {
                  setActionError(null);
                  setEditor({ mode: 'create', parentId: selected?.id ?? null });
                }}
              >
                {t.addChild}
              </Button>
            </Tooltip>
          </>
        }
      />

      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={16} align="center" wrap>
          <Flex gap={8} align="center" style={{ flex: '1 1 360px', maxWidth: 560 }}>
            <label htmlFor="unit-search" style={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
              {t.searchLabel}
            </label>
            <Input
              id="unit-search"
              type="search"
              allowClear
              prefix={<SearchOutlined aria-hidden />}
              placeholder={t.searchPlaceholder}
              value={searchText}
              onChange={(e) => {
                setSearchText(e.target.value);
                setPage(1);
              }}
              autoComplete="off"
            />
          </Flex>
          <Checkbox checked={showExpired} onChange={(e) => setShowExpired(e.target.checked)}>
            {t.showExpired}
          </Checkbox>
          <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
            {t.total(units.length)}
          </Typography.Text>
        </Flex>
      </Card>

      {actionError ? (
        <Alert
          type="error"
          showIcon
          title={t.deleteFailed}
          description={actionError}
          closable={{ onClose: () => setActionError(null) }}
          style={{ marginBottom: 16 }}
        />
      ) : null}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7} xl={6}>
          <Card size="small" title={t.treeTitle} styles={{ body: { padding: 8 } }}>
            <UnitTree
              index={index}
              today={today}
              visible={visible}
              selectedId={selected?.id ?? null}
              expandedKeys={effectiveExpanded}
              onExpand={setExpandedKeys}
              onSelect={(id) => {
                // Selecting also opens the branch, so the tree and the table show the same level.
                setSearchText('');
                reveal(id);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={17} xl={18}>
          <Card
            size="small"
            title={
              <Flex vertical gap={2} style={{ padding: '6px 0' }}>
                {!isSearching ? (
                  <Breadcrumb
                    aria-label={t.breadcrumbLabel}
                    items={[
                      {
                        key: 'all',
                        title: (
                          <CrumbLink
                            onClick={() => reveal(null)}
                            text={t.topLevel}
                            current={!selected}
                          />
                        ),
                      },
                      ...(selected
                        ? [...ancestorsOf(index, selected.id), selected].map((unit) => ({
                            key: unit.id,
                            title: (
                              <CrumbLink
                                onClick={() => reveal(unit.id)}
                                text={unit.name}
                                current={unit.id === selected.id}
                              />
                            ),
                          }))
                        : []),
                    ]}
                  />
                ) : null}
                <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                  {tableTitle}
                </Typography.Title>
              </Flex>
            }
          >
            <Table<Unit>
              className="units-table"
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={rows}
              loading={searchPending}
              rowClassName={(unit) => (isExpired(unit, today) ? 'unit-row-expired' : '')}
              locale={{ emptyText: <Empty description={emptyText} /> }}
              pagination={{
                current: Math.min(page, Math.max(1, Math.ceil(rows.length / pageSize))),
                pageSize,
                showSizeChanger: true,
                hideOnSinglePage: rows.length <= 10,
                onChange: (nextPage, nextSize) => {
                  setPage(nextSize === pageSize ? nextPage : 1);
                  setPageSize(nextSize);
                },
              }}
            />
          </Card>
        </Col>
      </Row>

      {editor ? (
        <UnitFormModal
          target={editor}
          index={index}
          kinds={kinds}
          sectors={sectors}
          onClose={() => setEditor(null)}
          onSaved={(unit, mode) => {
            void message.success(mode === 'create' ? t.created(unit.name) : t.updated(unit.name));
            setEditor(null);
            // Show the list the unit now sits in, so the person sees what was saved.
            if (!isSearching) reveal(unit.parentId);
          }}
        />
      ) : null}
    </>
  );
}

function CrumbLink({
  text,
  current,
  onClick,
}: {
  text: string;
  current: boolean;
  onClick: () => void;
}) {
  if (current) return <span aria-current="location">{text}</span>;
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={onClick}>
      {text}
    </Button>
  );
}

function ValidityTag({ unit, today }: { unit: Unit; today: string }) {
  if (isExpired(unit, today)) return <Tag color="default">{t.expired}</Tag>;
  if (isNotYetValid(unit, today)) return <Tag color="blue">{t.notYetValid}</Tag>;
  return null;
}

function UnitTree({
  index,
  today,
  visible,
  selectedId,
  expandedKeys,
  onExpand,
  onSelect,
}: {
  index: UnitIndex;
  today: string;
  visible: ReadonlySet<number> | null;
  selectedId: number | null;
  expandedKeys: number[];
  onExpand: (keys: number[]) => void;
  onSelect: (id: number | null) => void;
}) {
  const treeData = useMemo(() => {
    const build = (parentId: number | null): TreeDataNode[] =>
      childrenOf(index, parentId)
        .filter((unit) => visible === null || visible.has(unit.id))
        .map((unit) => {
          const children = build(unit.id);
          return {
            key: unit.id,
            title: (
              <span className={isExpired(unit, today) ? 'unit-expired' : undefined}>
                <span className="unit-name">{unit.name}</span>{' '}
                <ValidityTag unit={unit} today={today} />
              </span>
            ),
            children,
            isLeaf: children.length === 0,
          };
        });
    return build(null);
  }, [index, visible, today]);

  if (treeData.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.emptyTree} />;
  }
  return (
    <Tree
      aria-label={t.treeLabel}
      treeData={treeData}
      blockNode
      switcherIcon={<DownOutlined aria-hidden />}
      selectedKeys={selectedId === null ? [] : [selectedId]}
      expandedKeys={expandedKeys}
      onExpand={(keys) => onExpand(keys.map(Number))}
      onSelect={(keys) => {
        const first = keys[0];
        onSelect(first === undefined ? null : Number(first));
      }}
      {...(index.byId.size >= VIRTUAL_TREE_FROM ? { height: TREE_HEIGHT } : {})}
    />
  );
}

function unitColumns({
  index,
  today,
  showPath,
  offset,
  onOpen,
  onEdit,
  onDelete,
}: {
  index: UnitIndex;
  today: string;
  showPath: boolean;
  offset: number;
  onOpen: (unit: Unit) => void;
  onEdit: (unit: Unit) => void;
  onDelete: (unit: Unit) => void;
}): TableColumnsType<Unit> {
  const byText = (get: (u: Unit) => string | null) => (a: Unit, b: Unit) =>
    compareVi(get(a) ?? '', get(b) ?? '');
  // Short headers stay on one line (“Hiệu lực” must not break into “Hiệu / lực”).
  const oneLine = () => ({ style: { whiteSpace: 'nowrap' as const } });
  const columns: TableColumnsType<Unit> = [
    {
      key: 'index',
      onHeaderCell: oneLine,
      title: t.columns.index,
      width: 56,
      align: 'right',
      render: (_value, _unit, i) => offset + i + 1,
    },
    {
      key: 'name',
      title: t.columns.name,
      sorter: byText((u) => u.name),
      render: (_value, unit) => (
        <Flex vertical gap={0} className="unit-name-cell">
          <span className="unit-name">{unit.name}</span>
          {unit.shortName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {unit.shortName}
            </Typography.Text>
          ) : null}
          {unit.childCount > 0 ? (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto', alignSelf: 'flex-start', fontSize: 12 }}
              aria-label={t.openChildren(unit.childCount, unit.name)}
              onClick={() => onOpen(unit)}
            >
              {t.childCount(unit.childCount)}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];
  if (showPath) {
    columns.push({
      key: 'parentPath',
      onHeaderCell: oneLine,
      title: t.columns.parentPath,
      render: (_value, unit) => (
        <div style={{ minWidth: 140 }}>{parentPath(index, unit.id) || t.topLevelParent}</div>
      ),
    });
  }
  columns.push(
    {
      key: 'kind',
      onHeaderCell: oneLine,
      title: t.columns.kind,
      dataIndex: 'kindName',
      sorter: byText((u) => u.kindName),
    },
    {
      key: 'sector',
      title: t.columns.sector,
      dataIndex: 'sector',
      sorter: byText((u) => u.sector),
    },
    { key: 'code', onHeaderCell: oneLine, title: t.columns.code, dataIndex: 'code' },
    {
      key: 'validity',
      onHeaderCell: oneLine,
      title: t.columns.validity,
      render: (_value, unit) => (
        <Flex vertical gap={2} align="flex-start">
          <span style={{ whiteSpace: 'nowrap' }}>{formatValidity(unit)}</span>
          <ValidityTag unit={unit} today={today} />
        </Flex>
      ),
    },
    {
      key: 'actions',
      onHeaderCell: oneLine,
      title: t.columns.actions,
      width: 130,
      render: (_value, unit) => (
        <Space size={4}>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined aria-hidden />}
            aria-label={t.editLabel(unit.name)}
            onClick={() => onEdit(unit)}
          >
            {t.edit}
          </Button>
          <ConfirmDeleteButton
            text={t.delete}
            label={t.deleteLabel(unit.name)}
            confirmTitle={t.deleteConfirmTitle}
            confirmBody={t.deleteConfirmBody(unit.name)}
            cancelText={t.form.cancel}
            onConfirm={() => onDelete(unit)}
          />
        </Space>
      ),
    },
  );
  return columns;
}
