import { CopyOutlined, SearchOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Table,
  Typography,
  type InputRef,
  type TableColumnsType,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MovementSummary } from '../../../../shared/domain/movement';
import { birthLabel, type Nomination } from '../../../../shared/domain/nomination';
import { searchKey } from '../../../../shared/text/vietnamese';
import { hrefFor } from '../../app/use-hash-route';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { dossierPath, duplicatesPath } from '../dossiers/paths';
import { numberSymbol } from '../movements/numbering';
import { movementPath } from '../movements/paths';
import { movementQueries } from '../movements/queries';
import { hashParam, replaceHashParam } from './hash-query';
import { Highlight, queryWords } from './highlight';
import { searchMessages as t } from './messages.vi';
import { nominationSearchQueries, SEARCH_LIMIT } from './queries';

const SEARCH_DELAY_MS = 200;
/** The address keeps the search (`#/ho-so/tim-kiem?q=thuy`): “Back” from a result finds it again. */
const QUERY_PARAM = 'q';
const MIN_QUERY_LENGTH = 2;

/** `#/ho-so/tim-kiem`: one box that finds a nominee across every movement, diacritics ignored. */
export function NominationSearchPage() {
  const inputRef = useRef<InputRef>(null);
  const [text, setText] = useState(() => hashParam(QUERY_PARAM) ?? '');
  const query = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const ready = searchKey(query).length >= MIN_QUERY_LENGTH;
  const results = useQuery({
    ...nominationSearchQueries.results(query),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const movements = useQuery(movementQueries.list());

  useEffect(() => {
    // After the shell has moved the focus to the new screen (its effect runs after this one).
    const frame = window.requestAnimationFrame(() => inputRef.current?.focus());
    return () => window.cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    replaceHashParam(QUERY_PARAM, query);
  }, [query]);

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        extra={
          <Button href={hrefFor(duplicatesPath())} icon={<CopyOutlined aria-hidden />}>
            {t.toDuplicates}
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex vertical gap={6}>
          <Input
            ref={inputRef}
            type="search"
            size="large"
            allowClear
            aria-label={t.label}
            aria-describedby="nomination-search-hint"
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t.placeholder}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
          <Typography.Text type="secondary" id="nomination-search-hint">
            {t.hint}
          </Typography.Text>
        </Flex>
      </Card>
      {!ready ? (
        query === '' ? null : (
          <Typography.Text type="secondary">{t.tooShort}</Typography.Text>
        )
      ) : results.isError ? (
        <QueryError error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <Results
          query={query}
          rows={results.data}
          loading={results.isFetching}
          movements={movements.data}
        />
      )}
    </>
  );
}

function Results({
  query,
  rows,
  loading,
  movements,
}: {
  query: string;
  rows: readonly Nomination[] | undefined;
  loading: boolean;
  movements: readonly MovementSummary[] | undefined;
}) {
  const words = useMemo(() => queryWords(query), [query]);
  const movementById = useMemo(() => new Map((movements ?? []).map((m) => [m.id, m])), [movements]);
  const limited = (rows?.length ?? 0) > SEARCH_LIMIT;
  const shown = (rows ?? []).slice(0, SEARCH_LIMIT);

  const columns: TableColumnsType<Nomination> = [
    {
      key: 'index',
      title: t.columns.index,
      width: 56,
      align: 'right',
      render: (_v, _n, i) => i + 1,
    },
    {
      key: 'name',
      title: t.columns.name,
      render: (_v, n) => (
        <span className="search-name">
          <Highlight
            text={n.honorific ? `${n.honorific} ${n.fullName}` : n.fullName}
            words={words}
          />
        </span>
      ),
    },
    { key: 'birth', title: t.columns.birth, render: (_v, n) => birthLabel(n) },
    {
      // As official lists print it: “Điều dưỡng, Bệnh viện Đa khoa tỉnh”.
      key: 'workplace',
      title: t.columns.workplace,
      render: (_v, n) => (
        <Highlight text={[n.position, n.workplace].filter(Boolean).join(', ')} words={words} />
      ),
    },
    { key: 'unit', title: t.columns.unit, dataIndex: 'proposingUnitName' },
    {
      key: 'movement',
      title: t.columns.movement,
      render: (_v, n) => {
        const m = movementById.get(n.movementId);
        const title = m ? m.title : t.movementFallback(n.movementId);
        const label = m ? numberSymbol(m) || title : title;
        return (
          <Typography.Text ellipsis={{ tooltip: title }} style={{ maxWidth: 200 }}>
            <a
              href={hrefFor(movementPath(n.movementId, 'nominations'))}
              aria-label={t.movementLinkLabel(title)}
            >
              {label}
            </a>
          </Typography.Text>
        );
      },
    },
    {
      key: 'dossier',
      title: t.columns.dossier,
      render: (_v, n) =>
        n.dossierId !== null && n.dossierLabel ? (
          <a
            href={hrefFor(dossierPath(n.dossierId))}
            aria-label={t.dossierLinkLabel(n.dossierLabel)}
          >
            {n.dossierLabel}
          </a>
        ) : null,
    },
  ];

  return (
    <Card size="small">
      <div role="status" style={{ marginBottom: 8 }}>
        {rows === undefined ? null : limited ? (
          <Alert type="info" showIcon title={t.limited(SEARCH_LIMIT)} />
        ) : (
          <Typography.Text strong>{t.found(rows.length)}</Typography.Text>
        )}
      </div>
      <Table<Nomination>
        className="nomination-search-table"
        aria-label={t.resultsLabel}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={shown}
        loading={loading && rows === undefined}
        locale={{ emptyText: <Empty description={t.none(query)} /> }}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
      />
    </Card>
  );
}
