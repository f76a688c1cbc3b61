import { App, Alert, Button, Flex, Form, List, Modal, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SUBJECT_TYPE_LABELS } from '../../../../shared/domain/award-form';
import type { RosterEntry, SessionDetail } from '../../../../shared/domain/council';
import type {
  BallotMark,
  SessionVoting,
  VotingRound,
  WrittenOpinion,
} from '../../../../shared/domain/council-voting';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { errorText } from '../../components/api-errors';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { councilMessages } from './messages.vi';
import { useDeleteWrittenOpinionMutation, useSetWrittenOpinionMutation } from './mutations';

const t = councilMessages.voting;
const w = t.opinions;
const OPINION_MARKS = ['yes', 'no', 'blank'] as const satisfies readonly BallotMark[];

/** Absent members who sent a written opinion: their marks, recorded apart from the secret ballots. */
export function WrittenOpinions({
  session,
  voting,
}: {
  session: SessionDetail;
  voting: SessionVoting;
}) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<RosterEntry | null>(null);
  const remove = useDeleteWrittenOpinionMutation();
  const readOnly = voting.status === 'concluded';
  const absent = session.roster.filter((r) => r.isVoting && r.attendance === 'absent_written');
  const firstRound = voting.rounds.find((r) => r.kind === 'first');
  if (absent.length === 0) return null;
  const opinionOf = (memberId: number) =>
    voting.writtenOpinions.find((o) => o.memberId === memberId);
  const countOf = (o: WrittenOpinion, mark: BallotMark) =>
    o.marks.filter((m) => m.mark === mark).length;

  return (
    <section aria-label={w.title} className="council-written" style={{ marginBottom: 12 }}>
      <Typography.Text strong>{w.title}</Typography.Text>{' '}
      <Typography.Text type="secondary">{w.hint}</Typography.Text>
      {!firstRound ? (
        <Typography.Paragraph type="secondary">{w.needRound}</Typography.Paragraph>
      ) : null}
      <List
        size="small"
        dataSource={absent}
        renderItem={(member) => {
          const opinion = opinionOf(member.memberId);
          return (
            <List.Item
              actions={
                readOnly || !firstRound
                  ? []
                  : [
                      <Button key="edit" size="small" onClick={() => setEditing(member)}>
                        {opinion ? w.edit(member.fullName) : w.record(member.fullName)}
                      </Button>,
                      ...(opinion
                        ? [
                            <ConfirmDeleteButton
                              key="delete"
                              text={councilMessages.delete}
                              label={w.remove(member.fullName)}
                              confirmTitle={w.removeTitle}
                              confirmBody={member.fullName}
                              cancelText={councilMessages.cancel}
                              onConfirm={() =>
                                remove.mutate(
                                  { sessionId: session.id, memberId: member.memberId },
                                  { onError: (e) => void message.error(errorText(e)) },
                                )
                              }
                            />,
                          ]
                        : []),
                    ]
              }
            >
              <Flex gap={8} wrap align="center">
                <span>{member.fullName}</span>
                {opinion ? (
                  <Tag color={opinion.check.valid ? 'blue' : 'red'}>
                    {w.summary(countOf(opinion, 'yes'), countOf(opinion, 'no'))}
                  </Tag>
                ) : (
                  <Tag>{w.notRecorded}</Tag>
                )}
                {opinion && opinion.check.reasons.length > 0 ? (
                  <Typography.Text type="danger">{opinion.check.reasons.join(' ')}</Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          );
        }}
      />
      {editing && firstRound ? (
        <OpinionModal
          sessionId={session.id}
          member={editing}
          round={firstRound}
          opinion={opinionOf(editing.memberId)}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(w.saved);
          }}
        />
      ) : null}
    </section>
  );
}

interface Values {
  receivedDate?: string | null;
  marks?: Record<string, BallotMark>;
}

function OpinionModal({
  sessionId,
  member,
  round,
  opinion,
  onClose,
  onSaved,
}: {
  sessionId: number;
  member: RosterEntry;
  round: VotingRound;
  opinion: WrittenOpinion | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const save = useSetWrittenOpinionMutation();
  const nominees = round.sections.flatMap((s) =>
    s.nominees.map((n) => ({
      ...n,
      group: `${s.awardFormName} — ${SUBJECT_TYPE_LABELS[s.subjectType]}`,
    })),
  );
  const initial: Values = {
    receivedDate: opinion?.receivedDate ?? null,
    marks: Object.fromEntries(
      nominees.map((n) => [
        String(n.nominationId),
        opinion?.marks.find((m) => m.nominationId === n.nominationId)?.mark ?? 'blank',
      ]),
    ),
  };
  const onFinish = (values: Values) => {
    setError(null);
    save.mutate(
      {
        sessionId,
        memberId: member.memberId,
        receivedDate: values.receivedDate ?? null,
        marks: nominees.map((n) => ({
          nominationId: n.nominationId,
          mark: values.marks?.[String(n.nominationId)] ?? 'blank',
        })),
      },
      { onSuccess: onSaved, onError: (e) => setError(errorText(e)) },
    );
  };
  return (
    <Modal
      open
      width={760}
      title={w.record(member.fullName)}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {councilMessages.cancel}
        </Button>,
        <Button
          key="ok"
          type="primary"
          htmlType="submit"
          form="council-written-opinion"
          loading={save.isPending}
        >
          {w.save}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        name="council-written-opinion"
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
      >
        {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
        <Form.Item name="receivedDate" label={w.receivedDate} {...isoDateItemProps}>
          <DateInput />
        </Form.Item>
        {nominees.map((n) => (
          <Flex key={n.nominationId} justify="space-between" align="center" gap={8} wrap>
            <span>
              {n.fullName} <Typography.Text type="secondary">· {n.group}</Typography.Text>
            </span>
            <Form.Item name={['marks', String(n.nominationId)]} style={{ marginBottom: 6 }}>
              <Radio.Group
                aria-label={t.markOf(n.fullName)}
                size="small"
                optionType="button"
                options={OPINION_MARKS.map((m) => ({ value: m, label: t.marks[m] }))}
              />
            </Form.Item>
          </Flex>
        ))}
      </Form>
    </Modal>
  );
}
