import { AppstoreAddOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Skeleton,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../shared/domain/dates';
import type { MovementSummary } from '../../../../shared/domain/movement';
import { compareVi } from '../../../../shared/text/vietnamese';
import { PATHS } from '../../app/paths';
import { hrefFor, navigate, useHashPath } from '../../app/use-hash-route';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { movementsMessages as t } from './messages.vi';
import './movements.css';
import { MovementDetailPage, NewMovementPage } from './MovementScreen';
import { MovementNotFound } from './MovementNotFound';
import { useDeleteMovementMutation } from './mutations';
import { numberSymbol } from './numbering';
import { movementPath, NEW_MOVEMENT_SLUG } from './paths';
import { PresetModal } from './PresetModal';
import { movementQueries } from './queries';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';

/** `#/phong-trao` (the list), `#/phong-trao/moi` (a blank plan), `#/phong-trao/12` (one plan). */
export function MovementsPage() {
  const path = useHashPath();
  const rest = path.slice(PATHS.movements.length).replace(/^\//, '');
  if (rest === '') return <MovementListPage />;
  if (rest === NEW_MOVEMENT_SLUG) return <NewMovementPage />;
  const id = /^\d+$/.test(rest) ? Number(rest) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) return <MovementNotFound />;
  return <MovementDetailPage id={id} />;
}

function MovementListPage() {
  const { message } = App.useApp();
  const movements = useQuery(movementQueries.list());
  const [presetsOpen, setPresetsOpen] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const deleteMovement = useDeleteMovementMutation();

  const onDelete = async (m: MovementSummary) => {
    setActionError(null);
    try {
      await deleteMovement.mutateAsync(m.id);
      void message.success(t.deleted);
    } catch (error) {
      setActionError(errorText(error));
    }
  };

  const header = (
    <PageHeader
      title={t.title}
      description={t.description}
      extra={
        <>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            href={hrefFor(movementPath(NEW_MOVEMENT_SLUG))}
          >
            {t.create}
          </Button>
          <Button icon={<AppstoreAddOutlined aria-hidden />} onClick={() => setPresetsOpen(true)}>
            {t.createFromPreset}
          </Button>
        </>
      }
    />
  );

  return (
    <>
      {header}
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
      {movements.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : movements.isError ? (
        <QueryError error={movements.error} onRetry={() => void movements.refetch()} />
      ) : (
        <Card size="small">
          <Table<MovementSummary>
            className="movements-table"
            rowKey="id"
            size="small"
            columns={columns((m) => void onDelete(m))}
            dataSource={movements.data}
            onRow={(m) => ({
              onClick: (event) => {
                // Buttons and links in the row do their own thing.
                if ((event.target as Element).closest('button, a, .ant-popover')) return;
                navigate(movementPath(m.id));
              },
              className: 'movements-row',
            })}
            locale={{ emptyText: <Empty description={t.empty} /> }}
            pagination={{ hideOnSinglePage: true, defaultPageSize: 20 }}
            footer={() => (
              <Typography.Text type="secondary">{t.total(movements.data.length)}</Typography.Text>
            )}
          />
        </Card>
      )}
      {presetsOpen ? (
        <PresetModal
          onClose={() => setPresetsOpen(false)}
          onCreated={(movement) => {
            void message.success(t.presets.created);
            setPresetsOpen(false);
            navigate(movementPath(movement.id));
          }}
        />
      ) : null}
    </>
  );
}

function columns(onDelete: (m: MovementSummary) => void): TableColumnsType<MovementSummary> {
  const oneLine = () => ({ style: { whiteSpace: 'nowrap' as const } });
  return [
    {
      key: 'index',
      title: t.columns.index,
      width: 56,
      align: 'right',
      onHeaderCell: oneLine,
      render: (_v, _m, i) => i + 1,
    },
    {
      key: 'numberSymbol',
      title: t.columns.numberSymbol,
      onHeaderCell: oneLine,
      render: (_v, m) =>
        numberSymbol(m) || <Typography.Text type="secondary">{t.noNumber}</Typography.Text>,
    },
    {
      key: 'issuedDate',
      title: t.columns.issuedDate,
      onHeaderCell: oneLine,
      sorter: (a, b) => (a.issuedDate ?? '').localeCompare(b.issuedDate ?? ''),
      render: (_v, m) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateVi(m.issuedDate)}</span>,
    },
    {
      key: 'issuingBody',
      title: t.columns.issuingBody,
      sorter: (a, b) => compareVi(a.issuingBody, b.issuingBody),
      dataIndex: 'issuingBody',
    },
    {
      key: 'title',
      title: t.columns.title,
      render: (_v, m) => (
        // A real link: reachable with Tab, opens with Enter, can be opened in a new tab.
        <a href={hrefFor(movementPath(m.id))} className="movement-title-link">
          {m.title}
        </a>
      ),
    },
    {
      key: 'ruleCount',
      title: t.columns.ruleCount,
      align: 'right',
      onHeaderCell: oneLine,
      dataIndex: 'ruleCount',
    },
    {
      key: 'nominationCount',
      title: t.columns.nominationCount,
      align: 'right',
      onHeaderCell: oneLine,
      dataIndex: 'nominationCount',
    },
    {
      key: 'actions',
      title: t.columns.actions,
      width: 90,
      onHeaderCell: oneLine,
      render: (_v, m) => (
        <ConfirmDeleteButton
          text={t.delete}
          label={t.deleteLabel(m.title)}
          confirmTitle={t.deleteConfirmTitle}
          confirmBody={<div style={{ maxWidth: 360 }}>{t.deleteConfirmBody(m.title)}</div>}
          cancelText={t.cancel}
          onConfirm={() => onDelete(m)}
        />
      ),
    },
  ];
}
