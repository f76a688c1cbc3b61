import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import {
  COUNCIL_ROLE_LABELS,
  type CouncilDetail,
  type CouncilMember,
} from '../../../../shared/domain/council';
import { formatDateVi } from '../../../../shared/domain/dates';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { errorText } from '../../components/api-errors';
import { MemberFormModal, type MemberEditorTarget } from './MemberFormModal';
import { councilMessages } from './messages.vi';
import { useDeleteMemberMutation } from './mutations';

const t = councilMessages.members;

/** The roster: who sits on the council, in which role, voting or not, for which term. */
export function MembersTab({ council }: { council: CouncilDetail }) {
  const { message } = App.useApp();
  const [editor, setEditor] = useState<MemberEditorTarget | null>(null);
  const remove = useDeleteMemberMutation();

  const columns: TableColumnsType<CouncilMember> = [
    { title: t.order, key: 'order', width: 60, render: (_v, _m, i) => i + 1 },
    { title: t.fullName, dataIndex: 'fullName' },
    {
      title: t.position,
      dataIndex: 'position',
      render: (p: string | null) => p ?? councilMessages.none,
    },
    {
      title: t.role,
      dataIndex: 'role',
      render: (_v, m) => COUNCIL_ROLE_LABELS[m.role],
    },
    {
      title: t.voting,
      dataIndex: 'isVoting',
      width: 150,
      render: (_v, m) =>
        m.isVoting ? <Tag color="blue">{t.votingYes}</Tag> : <Tag>{t.votingNo}</Tag>,
    },
    {
      title: t.term,
      key: 'term',
      width: 190,
      render: (_v, m) =>
        t.termText(formatDateVi(m.termFrom), m.termTo ? formatDateVi(m.termTo) : null),
    },
    {
      title: councilMessages.list.actions,
      key: 'actions',
      width: 150,
      render: (_v, m) => (
        <Flex gap={4}>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined aria-hidden />}
            aria-label={t.editLabel(m.fullName)}
            onClick={() => setEditor({ mode: 'edit', member: m })}
          >
            {councilMessages.edit}
          </Button>
          <ConfirmDeleteButton
            text={councilMessages.delete}
            label={t.deleteLabel(m.fullName)}
            confirmTitle={t.deleteTitle}
            confirmBody={t.deleteBody(m.fullName)}
            cancelText={councilMessages.cancel}
            onConfirm={() =>
              remove.mutate(m.id, {
                onSuccess: () => void message.success(t.deleted(m.fullName)),
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
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {councilMessages.list.memberCount(council.memberCount, council.votingMemberCount)}
        </Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditor({ mode: 'create' })}
        >
          {t.add}
        </Button>
      </Flex>
      <Table<CouncilMember>
        aria-label={t.tableLabel}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={council.members}
        pagination={false}
        locale={{ emptyText: t.empty }}
      />
      {editor ? (
        <MemberFormModal council={council} target={editor} onClose={() => setEditor(null)} />
      ) : null}
    </>
  );
}
