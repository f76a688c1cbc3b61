import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { CouncilDetail, SessionSummary } from '../../../../shared/domain/council';
import { formatDateVi } from '../../../../shared/domain/dates';
import { hrefFor, navigate } from '../../app/use-hash-route';
import { QueryError } from '../../components/QueryError';
import { movementQueries } from '../movements/queries';
import { councilMessages } from './messages.vi';
import { sessionPath } from './paths';
import { councilQueries } from './queries';
import { SessionFormModal } from './SessionFormModal';

const t = councilMessages.sessions;

export function SessionStatusTag({ status }: { status: SessionSummary['status'] }) {
  return <Tag color={status === 'concluded' ? 'green' : 'gold'}>{t.statuses[status]}</Tag>;
}

/** The council's sessions, newest first, filtered by movement; “Mở phiên họp”. */
export function SessionsTab({ council }: { council: CouncilDetail }) {
  const [movementId, setMovementId] = useState<number | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const sessions = useQuery(
    councilQueries.sessions({ councilId: council.id, ...(movementId ? { movementId } : {}) }),
  );
  const movements = useQuery(movementQueries.list());
  const assigned = (movements.data ?? []).filter((m) => council.movementIds.includes(m.id));

  const columns: TableColumnsType<SessionSummary> = [
    {
      title: t.date,
      dataIndex: 'date',
      width: 120,
      render: (_v, s) => (
        <a href={hrefFor(sessionPath(s.id))} aria-label={t.openLabel(formatDateVi(s.date))}>
          {formatDateVi(s.date)}
        </a>
      ),
    },
    { title: t.time, dataIndex: 'startTime', width: 80, render: (v: string | null) => v ?? '' },
    { title: t.place, dataIndex: 'place', render: (v: string | null) => v ?? '' },
    { title: t.movement, dataIndex: 'movementTitle' },
    { title: t.period, dataIndex: 'periodCode', width: 90, render: (v: string | null) => v ?? '' },
    {
      title: t.status,
      dataIndex: 'status',
      width: 140,
      render: (_v, s) => <SessionStatusTag status={s.status} />,
    },
  ];

  return (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t.filterMovement}
          style={{ minWidth: 320, maxWidth: 640 }}
          allowClear
          placeholder={t.allMovements}
          value={movementId}
          onChange={(value: number | undefined) => setMovementId(value)}
          options={assigned.map((m) => ({ value: m.id, label: m.title }))}
        />
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          disabled={council.movementIds.length === 0}
          onClick={() => setCreating(true)}
        >
          {t.create}
        </Button>
      </Flex>
      {council.movementIds.length === 0 ? (
        <Alert type="info" showIcon title={t.needMovement} style={{ marginBottom: 12 }} />
      ) : null}
      {sessions.error ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <Table<SessionSummary>
          aria-label={t.tableLabel}
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={[...(sessions.data ?? [])].sort((a, b) => b.date.localeCompare(a.date))}
          loading={sessions.isPending}
          pagination={false}
          locale={{ emptyText: t.empty }}
          onRow={(s) => ({
            onClick: (event) => {
              if ((event.target as Element).closest('a, button')) return;
              navigate(sessionPath(s.id));
            },
            style: { cursor: 'pointer' },
          })}
        />
      )}
      {creating ? (
        <SessionFormModal
          target={{ mode: 'create', council, movements: assigned }}
          onClose={() => setCreating(false)}
          onSaved={(session) => {
            setCreating(false);
            navigate(sessionPath(session.id));
          }}
        />
      ) : null}
    </>
  );
}
