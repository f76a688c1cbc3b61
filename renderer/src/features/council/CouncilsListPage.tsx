import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Council } from '../../../../shared/domain/council';
import { formatDateVi } from '../../../../shared/domain/dates';
import { hrefFor, navigate } from '../../app/use-hash-route';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { movementQueries } from '../movements/queries';
import { CouncilFormModal, type CouncilEditorTarget } from './CouncilFormModal';
import { councilMessages } from './messages.vi';
import { useDeleteCouncilMutation } from './mutations';
import { councilPath } from './paths';
import { councilQueries } from './queries';

const t = councilMessages.list;

/** `#/hoi-dong`: the councils, each with its members and the movements it considers. */
export function CouncilsListPage() {
  const { message } = App.useApp();
  const councils = useQuery(councilQueries.list());
  const movements = useQuery(movementQueries.list());
  const remove = useDeleteCouncilMutation();
  const [editor, setEditor] = useState<CouncilEditorTarget | null>(null);
  const titleOf = new Map((movements.data ?? []).map((m) => [m.id, m.title]));

  const columns: TableColumnsType<Council> = [
    {
      title: t.name,
      dataIndex: 'name',
      render: (_v, c) => <a href={hrefFor(councilPath(c.id))}>{c.name}</a>,
    },
    {
      title: t.issuingBody,
      key: 'issuingBody',
      render: (_v, c) => (
        <>
          <div>{c.issuingBody ?? councilMessages.none}</div>
          <Typography.Text type="secondary">
            {t.decision(c.decisionNumber, formatDateVi(c.decisionDate))}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t.term,
      key: 'term',
      width: 190,
      render: (_v, c) =>
        t.termText(formatDateVi(c.validFrom), c.validTo ? formatDateVi(c.validTo) : null),
    },
    {
      title: t.members,
      key: 'members',
      width: 170,
      render: (_v, c) => t.memberCount(c.memberCount, c.votingMemberCount),
    },
    {
      title: t.movements,
      key: 'movements',
      render: (_v, c) =>
        c.movementIds.length === 0 ? (
          councilMessages.none
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {c.movementIds.map((id) => (
              <li key={id}>{titleOf.get(id) ?? `#${id}`}</li>
            ))}
          </ul>
        ),
    },
    {
      title: t.actions,
      key: 'actions',
      width: 150,
      render: (_v, c) => (
        <Flex gap={4}>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined aria-hidden />}
            aria-label={t.editLabel(c.name)}
            onClick={() => setEditor({ mode: 'edit', council: c })}
          >
            {councilMessages.edit}
          </Button>
          <ConfirmDeleteButton
            text={councilMessages.delete}
            label={t.deleteLabel(c.name)}
            confirmTitle={t.deleteTitle}
            confirmBody={t.deleteBody(c.name)}
            cancelText={councilMessages.cancel}
            onConfirm={() =>
              remove.mutate(c.id, {
                onSuccess: () => void message.success(t.deleted(c.name)),
                onError: (error) => void message.error(errorText(error)),
              })
            }
          />
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={councilMessages.title}
        description={councilMessages.summary}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditor({ mode: 'create' })}
          >
            {t.create}
          </Button>
        }
      />
      {councils.error ? (
        <QueryError error={councils.error} onRetry={() => void councils.refetch()} />
      ) : (
        <Table<Council>
          aria-label={t.tableLabel}
          rowKey="id"
          size="middle"
          loading={councils.isPending}
          columns={columns}
          dataSource={councils.data ?? []}
          pagination={false}
          locale={{ emptyText: t.empty }}
        />
      )}
      {editor ? (
        <CouncilFormModal
          target={editor}
          onClose={() => setEditor(null)}
          onSaved={(council) => {
            void message.success(t.saved(council.name));
            setEditor(null);
            if (editor.mode === 'create') navigate(councilPath(council.id));
          }}
        />
      ) : null}
    </>
  );
}
