import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { CouncilDetail } from '../../../../shared/domain/council';
import type { MovementSummary } from '../../../../shared/domain/movement';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { hrefFor } from '../../app/use-hash-route';
import { errorText } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { movementPath } from '../movements/paths';
import { movementQueries } from '../movements/queries';
import { councilMessages } from './messages.vi';
import { useAssignMovementMutation } from './mutations';
import { councilQueries } from './queries';

const t = councilMessages.movements;

/** The movements this council considers; a movement names one council at a time. */
export function MovementsTab({ council }: { council: CouncilDetail }) {
  const { message } = App.useApp();
  const movements = useQuery(movementQueries.list());
  const councils = useQuery(councilQueries.list());
  const assign = useAssignMovementMutation();
  const [chosen, setChosen] = useState<number | null>(null);

  if (movements.error) {
    return <QueryError error={movements.error} onRetry={() => void movements.refetch()} />;
  }
  const holderOf = new Map<number, string>();
  for (const c of councils.data ?? []) {
    if (c.id !== council.id) for (const id of c.movementIds) holderOf.set(id, c.name);
  }
  const all = movements.data ?? [];
  const assigned = all.filter((m) => council.movementIds.includes(m.id));
  const options = all
    .filter((m) => !council.movementIds.includes(m.id))
    .map((m) => {
      const holder = holderOf.get(m.id);
      return { value: m.id, label: holder ? `${m.title} (${t.heldBy(holder)})` : m.title };
    });

  const onAssign = () => {
    if (chosen === null) return;
    assign.mutate(
      { movementId: chosen, councilId: council.id },
      {
        onSuccess: () => {
          setChosen(null);
          void message.success(t.assigned);
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };

  const columns: TableColumnsType<MovementSummary> = [
    {
      title: t.title,
      dataIndex: 'title',
      render: (_v, m) => <a href={hrefFor(movementPath(m.id))}>{m.title}</a>,
    },
    { title: t.issuingBody, dataIndex: 'issuingBody', width: 260 },
    {
      title: councilMessages.list.actions,
      key: 'actions',
      width: 120,
      render: (_v, m) => (
        <Button
          size="small"
          type="link"
          aria-label={t.unassignLabel(m.title)}
          onClick={() =>
            assign.mutate(
              { movementId: m.id, councilId: null },
              {
                onSuccess: () => void message.success(t.unassigned),
                onError: (error) => void message.error(errorText(error)),
              },
            )
          }
        >
          {t.unassign}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">{t.intro}</Typography.Paragraph>
      <Flex gap={8} style={{ marginBottom: 12 }} wrap>
        <Select
          aria-label={t.chooseLabel}
          style={{ flex: '1 1 420px', maxWidth: 720 }}
          placeholder={t.choose}
          value={chosen}
          onChange={(value: number) => setChosen(value)}
          options={options}
          loading={movements.isPending}
          showSearch={{
            filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
          }}
        />
        <Button
          type="primary"
          disabled={chosen === null}
          loading={assign.isPending}
          onClick={onAssign}
        >
          {t.assign}
        </Button>
      </Flex>
      <Table<MovementSummary>
        aria-label={t.tableLabel}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={assigned}
        loading={movements.isPending}
        pagination={false}
        locale={{ emptyText: t.empty }}
      />
    </>
  );
}
