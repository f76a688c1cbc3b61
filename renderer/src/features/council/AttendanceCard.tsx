import {
  App,
  Button,
  Card,
  Input,
  Radio,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import {
  ATTENDANCE_STATUSES,
  COUNCIL_ROLE_LABELS,
  type AttendanceStatus,
  type RosterEntry,
  type SessionDetail,
} from '../../../../shared/domain/council';
import { errorText } from '../../components/api-errors';
import { councilMessages } from './messages.vi';
import { useSetAttendanceMutation } from './mutations';

const t = councilMessages.session;

/**
 * One row per member in office on the day: present / absent (reason) / absent with a written
 * opinion. Each choice is saved at once, so the quorum above follows every click.
 */
export function AttendanceCard({ session }: { session: SessionDetail }) {
  const { message } = App.useApp();
  const save = useSetAttendanceMutation();
  const readOnly = session.status === 'concluded';

  const mark = (entries: { memberId: number; status: AttendanceStatus; reason: string | null }[]) =>
    save.mutate(
      { sessionId: session.id, entries },
      { onError: (error) => void message.error(errorText(error)) },
    );

  const unmarked = session.roster.filter((r) => r.attendance === null);

  const columns: TableColumnsType<RosterEntry> = [
    { title: councilMessages.members.order, key: 'order', width: 56, render: (_v, _r, i) => i + 1 },
    {
      title: councilMessages.members.fullName,
      key: 'name',
      render: (_v, r) => (
        <>
          <div>{r.fullName}</div>
          {r.position ? <Typography.Text type="secondary">{r.position}</Typography.Text> : null}
        </>
      ),
    },
    {
      title: councilMessages.members.role,
      key: 'role',
      width: 200,
      render: (_v, r) => (
        <>
          {COUNCIL_ROLE_LABELS[r.role]}
          {r.isVoting ? null : (
            <>
              {' '}
              <Tag>{t.nonVoting}</Tag>
            </>
          )}
        </>
      ),
    },
    {
      title: t.attendance,
      key: 'attendance',
      width: 380,
      render: (_v, r) => (
        <Radio.Group
          aria-label={t.attendanceOf(r.fullName)}
          optionType="button"
          size="small"
          disabled={readOnly}
          value={r.attendance ?? undefined}
          onChange={(event) =>
            mark([
              {
                memberId: r.memberId,
                status: event.target.value as AttendanceStatus,
                reason: event.target.value === 'present' ? null : r.reason,
              },
            ])
          }
          options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t.statusShort[s] }))}
        />
      ),
    },
    {
      title: t.reason,
      key: 'reason',
      render: (_v, r) =>
        r.attendance === 'absent' || r.attendance === 'absent_written' ? (
          <ReasonInput
            key={`${r.memberId}:${r.reason ?? ''}`}
            entry={r}
            readOnly={readOnly}
            onSave={(reason) =>
              mark([{ memberId: r.memberId, status: r.attendance ?? 'absent', reason }])
            }
          />
        ) : r.attendance === null ? (
          <Typography.Text type="secondary">{t.notMarked}</Typography.Text>
        ) : null,
    },
  ];

  return (
    <Card
      size="small"
      title={t.attendance}
      style={{ marginBottom: 16 }}
      extra={
        readOnly || unmarked.length === 0 ? null : (
          <Button
            size="small"
            onClick={() =>
              mark(unmarked.map((r) => ({ memberId: r.memberId, status: 'present', reason: null })))
            }
          >
            {t.allPresent}
          </Button>
        )
      }
    >
      <Table<RosterEntry>
        className="council-attendance"
        aria-label={t.attendanceLabel}
        rowKey="memberId"
        size="small"
        columns={columns}
        dataSource={session.roster}
        pagination={false}
      />
    </Card>
  );
}

/** The reason of an absence, saved on Enter or when leaving the field. */
function ReasonInput({
  entry,
  readOnly,
  onSave,
}: {
  entry: RosterEntry;
  readOnly: boolean;
  onSave: (reason: string | null) => void;
}) {
  const [text, setText] = useState(entry.reason ?? '');
  const commit = () => {
    const reason = text.trim() || null;
    if (reason !== entry.reason) onSave(reason);
  };
  return (
    <Input
      size="small"
      aria-label={t.reasonOf(entry.fullName)}
      placeholder={t.reasonPlaceholder}
      value={text}
      disabled={readOnly}
      maxLength={500}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}
