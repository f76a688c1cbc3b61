import { App, Alert, Button, Flex, Radio, Table, Tag, Typography } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { SUBJECT_TYPE_LABELS } from '../../../../shared/domain/award-form';
import {
  BALLOT_MARKS,
  type BallotEntered,
  type BallotMark,
  type RoundNominee,
  type RoundSection,
  type VotingRound,
} from '../../../../shared/domain/council-voting';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { errorText } from '../../components/api-errors';
import { councilMessages } from './messages.vi';
import { useDeleteBallotMutation, useEnterBallotMutation } from './mutations';

const t = councilMessages.voting;

/** Keys a person types while reading a paper ballot, row by row. */
const KEY_MARKS: Record<string, BallotMark> = {
  '1': 'yes',
  đ: 'yes',
  d: 'yes',
  '2': 'no',
  k: 'no',
  '0': 'blank',
  ' ': 'blank',
  '3': 'both',
};

interface Row {
  key: string;
  index: number;
  section: RoundSection;
  nominee: RoundNominee;
  /** First row of its section: the section's heading is drawn above it. */
  first: boolean;
}

function rowsOf(round: VotingRound): Row[] {
  const rows: Row[] = [];
  for (const section of round.sections) {
    section.nominees.forEach((nominee, i) =>
      rows.push({
        key: `${section.awardFormCode}:${section.subjectType}:${nominee.nominationId}`,
        index: rows.length,
        section,
        nominee,
        first: i === 0,
      }),
    );
  }
  return rows;
}

/**
 * Per-ballot entry: one row per nominee, marks typed from the keyboard, Enter saves the ballot and
 * starts the next; the server answers whether it is valid and why not.
 */
export function BallotEntry({ round, readOnly }: { round: VotingRound; readOnly: boolean }) {
  const { message } = App.useApp();
  const rows = rowsOf(round);
  const [marks, setMarks] = useState<Map<number, BallotMark>>(() => new Map());
  const [active, setActive] = useState(0);
  const [last, setLast] = useState<BallotEntered | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const enter = useEnterBallotMutation();
  const remove = useDeleteBallotMutation();

  const nextNumber =
    last?.nextNumber ??
    (round.ballots.length > 0 ? Math.max(...round.ballots.map((b) => b.number)) + 1 : 1);
  const full = round.numbered && round.ballots.length >= round.ballotsIssued;

  const setMark = (nominationId: number, mark: BallotMark) =>
    setMarks((before) => new Map(before).set(nominationId, mark));

  const save = () => {
    if (enter.isPending || readOnly) return;
    enter.mutate(
      {
        roundId: round.id,
        number: null,
        replace: false,
        marks: rows.map((r) => ({
          nominationId: r.nominee.nominationId,
          mark: marks.get(r.nominee.nominationId) ?? 'blank',
        })),
      },
      {
        onSuccess: (result) => {
          setLast(result);
          setMarks(new Map());
          setActive(0);
          gridRef.current?.focus();
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const key = event.key.toLowerCase();
    const row = rows[active];
    if (key === 'enter') {
      event.preventDefault();
      save();
    } else if (key === 'arrowdown') {
      event.preventDefault();
      setActive((i) => Math.min(rows.length - 1, i + 1));
    } else if (key === 'arrowup') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (row && KEY_MARKS[key]) {
      event.preventDefault();
      setMark(row.nominee.nominationId, KEY_MARKS[key]);
      setActive((i) => Math.min(rows.length - 1, i + 1));
    }
  };

  const yesIn = (section: RoundSection) =>
    section.nominees.filter((n) => marks.get(n.nominationId) === 'yes').length;

  const result = last?.ballot;
  return (
    <>
      {result ? (
        <Alert
          className="council-ballot-result"
          role="status"
          type={!result.valid ? 'error' : result.rowIssues.length > 0 ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          title={
            !result.valid
              ? t.ballotInvalid(result.number)
              : result.rowIssues.length > 0 || result.sections.some((s) => !s.valid)
                ? t.ballotPartly(result.number)
                : t.ballotValid(result.number)
          }
          description={
            result.reasons.length + result.rowIssues.length > 0 ? (
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {[...result.reasons, ...result.rowIssues.map((i) => i.message)].map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            ) : null
          }
        />
      ) : null}
      {readOnly ? null : full ? (
        <Alert type="info" showIcon title={t.allEntered} style={{ marginBottom: 12 }} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t.keysHelp}
          </Typography.Paragraph>
          <div
            ref={gridRef}
            role="group"
            tabIndex={0}
            aria-label={t.ballotLabel(nextNumber)}
            className="council-ballot"
            onKeyDown={onKeyDown}
          >
            <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
              <Typography.Text strong>{t.ballotTitle(nextNumber)}</Typography.Text>
              <Flex gap={8}>
                <Button size="small" onClick={() => setMarks(new Map())}>
                  {t.clearBallot}
                </Button>
                <Button size="small" type="primary" loading={enter.isPending} onClick={save}>
                  {t.saveBallot}
                </Button>
              </Flex>
            </Flex>
            <table className="council-ballot-table">
              <tbody>
                {rows.map((r) => (
                  <BallotRow
                    key={r.key}
                    row={r}
                    active={r.index === active}
                    mark={marks.get(r.nominee.nominationId) ?? 'blank'}
                    yes={yesIn(r.section)}
                    onMark={(mark) => {
                      setMark(r.nominee.nominationId, mark);
                      setActive(r.index);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {round.ballots.length > 0 ? (
        <Table
          className="council-ballots"
          aria-label={t.enteredList}
          style={{ marginTop: 12 }}
          size="small"
          rowKey="number"
          pagination={false}
          dataSource={[...round.ballots].sort((a, b) => b.number - a.number)}
          title={() => t.entered(round.ballots.length)}
          columns={[
            { title: '№', dataIndex: 'number', width: 70 },
            {
              title: t.valid,
              key: 'valid',
              width: 140,
              render: (_v, b) =>
                b.valid ? <Tag color="green">{t.valid}</Tag> : <Tag color="red">{t.invalid}</Tag>,
            },
            { title: '', key: 'reasons', render: (_v, b) => b.reasons.join(' ') },
            {
              title: '',
              key: 'delete',
              width: 90,
              render: (_v, b) =>
                readOnly ? null : (
                  <ConfirmDeleteButton
                    text={councilMessages.delete}
                    label={t.deleteBallot(b.number)}
                    confirmTitle={t.deleteBallot(b.number)}
                    confirmBody={null}
                    cancelText={councilMessages.cancel}
                    onConfirm={() =>
                      remove.mutate(
                        { roundId: round.id, number: b.number },
                        { onError: (error) => void message.error(errorText(error)) },
                      )
                    }
                  />
                ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

function BallotRow({
  row,
  active,
  mark,
  yes,
  onMark,
}: {
  row: Row;
  active: boolean;
  mark: BallotMark;
  yes: number;
  onMark: (mark: BallotMark) => void;
}) {
  const { section, nominee } = row;
  const over = section.quota !== null && yes > section.quota;
  return (
    <>
      {row.first ? (
        <tr className="council-ballot-section">
          <th colSpan={2}>
            {t.sectionQuota(
              section.awardFormName,
              SUBJECT_TYPE_LABELS[section.subjectType],
              section.quota,
            )}{' '}
            <Tag color={over ? 'red' : 'default'}>{t.yesCount(yes, section.quota)}</Tag>
          </th>
        </tr>
      ) : null}
      <tr className={active ? 'council-ballot-row is-active' : 'council-ballot-row'}>
        <td className="council-ballot-name">
          {nominee.fullName}
          <Typography.Text type="secondary"> · {nominee.proposingUnitName}</Typography.Text>
        </td>
        <td>
          <Radio.Group
            aria-label={t.markOf(nominee.fullName)}
            size="small"
            optionType="button"
            value={mark}
            onChange={(event) => onMark(event.target.value as BallotMark)}
            options={BALLOT_MARKS.map((m) => ({ value: m, label: t.marks[m] }))}
          />
        </td>
      </tr>
    </>
  );
}
