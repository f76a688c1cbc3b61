import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, InputNumber, Popconfirm, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SUBJECT_TYPE_LABELS } from '../../../../shared/domain/award-form';
import type { RosterEntry } from '../../../../shared/domain/council';
import type { VotingRound } from '../../../../shared/domain/council-voting';
import { errorText } from '../../components/api-errors';
import { BallotEntry } from './BallotEntry';
import { councilMessages } from './messages.vi';
import { useDeleteRoundMutation, useSetRoundCountsMutation } from './mutations';
import { VoteCountPrintModal } from './PrintModals';
import { TotalsEntry } from './TotalsEntry';

const t = councilMessages.voting;

export function roundTitle(round: VotingRound): string {
  if (round.kind === 'first') return t.round(round.number);
  const section = round.sections[0];
  const group = section
    ? `${section.awardFormName} — ${SUBJECT_TYPE_LABELS[section.subjectType]}`
    : '';
  return t.secondRound(round.number, group, round.places);
}

/** One round of voting: the reconciliation of ballots, and their entry one way or the other. */
export function RoundCard({
  sessionId,
  roster,
  round,
  totals,
  latest,
  readOnly,
}: {
  sessionId: number;
  roster: readonly RosterEntry[];
  round: VotingRound;
  totals: ReadonlyMap<number, { yes: number; no: number }>;
  latest: boolean;
  readOnly: boolean;
}) {
  const { message } = App.useApp();
  const [mode, setMode] = useState<'ballots' | 'totals'>(round.entryMode ?? 'ballots');
  const remove = useDeleteRoundMutation();
  const r = round.reconciliation;
  const canDelete = !readOnly && latest && round.entryMode === null && round.ballots.length === 0;
  const [printing, setPrinting] = useState(false);

  return (
    <Card
      size="small"
      className="council-round"
      title={<h3 style={{ fontSize: 15, margin: 0 }}>{roundTitle(round)}</h3>}
      style={{ marginBottom: 12 }}
      extra={
        <Flex gap={8}>
          {round.entryMode !== null ? (
            <Button
              size="small"
              icon={<PrinterOutlined aria-hidden />}
              onClick={() => setPrinting(true)}
            >
              {t.printCount}
            </Button>
          ) : null}
          {canDelete ? (
            <Popconfirm
              title={t.deleteRoundTitle}
              okText={t.deleteRound}
              cancelText={councilMessages.cancel}
              onConfirm={() =>
                remove.mutate(round.id, { onError: (e) => void message.error(errorText(e)) })
              }
            >
              <Button size="small" danger>
                {t.deleteRound}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      }
    >
      <section
        aria-label={`${t.reconciliation} — ${roundTitle(round)}`}
        className="council-reconciliation"
      >
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{t.reconciliation}:</Typography.Text>
          <Typography.Text>{t.reconcileLine(r)}</Typography.Text>
          <Typography.Text type="secondary">·</Typography.Text>
          <Typography.Text>{t.validLine(r)}</Typography.Text>
          {r.balanced ? (
            <Tag color="green">{t.balanced}</Tag>
          ) : (
            <Tag color="orange">{t.unbalanced}</Tag>
          )}
        </Flex>
        {r.discrepancies.length > 0 ? (
          <ul className="council-discrepancies">
            {r.discrepancies.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : null}
        {readOnly ? null : (
          // Keyed by the stored counts: a change elsewhere (a new issue of ballots) shows here.
          <RoundCounts key={`${round.ballotsIssued}:${r.notReturned}`} round={round} />
        )}
      </section>
      {readOnly && round.entryMode === null ? null : (
        <>
          <Segmented
            style={{ margin: '8px 0' }}
            value={round.entryMode ?? mode}
            disabled={readOnly || round.entryMode !== null}
            onChange={(value) => setMode(value)}
            options={(['ballots', 'totals'] as const).map((m) => ({
              value: m,
              label: t.modes[m],
            }))}
          />
          {(round.entryMode ?? mode) === 'ballots' ? (
            <BallotEntry round={round} readOnly={readOnly} />
          ) : (
            <TotalsEntry round={round} entered={totals} readOnly={readOnly} />
          )}
        </>
      )}
      {printing ? (
        <VoteCountPrintModal
          sessionId={sessionId}
          roundNumber={round.number}
          roundTitle={roundTitle(round)}
          roster={roster}
          onClose={() => setPrinting(false)}
        />
      ) : null}
    </Card>
  );
}

/** Ballots issued and not returned, as the ban kiểm phiếu counts them. */
function RoundCounts({ round }: { round: VotingRound }) {
  const { message } = App.useApp();
  const [issued, setIssued] = useState<number | null>(round.ballotsIssued);
  const [notReturned, setNotReturned] = useState<number | null>(round.reconciliation.notReturned);
  const setCounts = useSetRoundCountsMutation();
  return (
    <Flex gap={8} align="center" wrap style={{ margin: '8px 0' }}>
      <label>
        {t.issued}{' '}
        <InputNumber size="small" min={0} precision={0} value={issued} onChange={setIssued} />
      </label>
      <label>
        {t.notReturned}{' '}
        <InputNumber
          size="small"
          min={0}
          precision={0}
          value={notReturned}
          onChange={setNotReturned}
        />
      </label>
      <Button
        size="small"
        loading={setCounts.isPending}
        onClick={() =>
          setCounts.mutate(
            { roundId: round.id, ballotsIssued: issued ?? 0, notReturned: notReturned ?? 0 },
            {
              onSuccess: () => void message.success(t.countsSaved),
              onError: (e) => void message.error(errorText(e)),
            },
          )
        }
      >
        {t.saveCounts}
      </Button>
    </Flex>
  );
}
