import { App, Button, Card, Flex, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import type { SessionDetail } from '../../../../shared/domain/council';
import type { SessionVoting } from '../../../../shared/domain/council-voting';
import { errorText } from '../../components/api-errors';
import { councilMessages } from './messages.vi';
import { useOpenVotingMutation } from './mutations';
import { ResultsCard } from './ResultsCard';
import { RoundCard } from './RoundCard';
import { WrittenOpinions } from './WrittenOpinions';

const t = councilMessages.voting;

/** Ballots and results of a session: open the vote, enter each round, see the ranked result. */
export function VotingCard({ session, voting }: { session: SessionDetail; voting: SessionVoting }) {
  const { message } = App.useApp();
  const [spares, setSpares] = useState<number | null>(2);
  const open = useOpenVotingMutation();
  const readOnly = voting.status === 'concluded';
  const chair = session.roster.find((r) => r.role === 'chu_tich' && r.attendance === 'present');
  const secretary = session.roster.find((r) => r.role === 'thu_ky');
  const latestId = voting.rounds.at(-1)?.id;
  const firstRound = voting.rounds.find((r) => r.kind === 'first');
  const canReopen =
    !readOnly &&
    voting.rounds.length === 1 &&
    firstRound !== undefined &&
    firstRound.entryMode === null &&
    firstRound.ballots.length === 0;

  // First-round totals as recorded (the result's votes without the written opinions).
  const firstTotals = new Map(
    voting.groups.flatMap((g) =>
      g.nominees.map((n) => [
        n.nominationId,
        { yes: n.yes - n.writtenYes, no: n.no - n.writtenNo },
      ]),
    ),
  );
  const noTotals = new Map<number, { yes: number; no: number }>();

  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.title}</h2>}
      className="council-voting"
      style={{ marginTop: 16 }}
    >
      {!readOnly && (voting.rounds.length === 0 || canReopen) ? (
        <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
          {voting.rounds.length === 0 ? (
            <Typography.Text type="secondary">{t.notOpen}</Typography.Text>
          ) : null}
          <label>
            {t.spares}{' '}
            <InputNumber
              min={0}
              max={100}
              precision={0}
              value={spares}
              onChange={(v) => setSpares(v)}
            />
          </label>
          <Button
            type={voting.rounds.length === 0 ? 'primary' : 'default'}
            loading={open.isPending}
            onClick={() =>
              open.mutate(
                { sessionId: session.id, spares: spares ?? 0 },
                {
                  onSuccess: () => void message.success(t.opened),
                  onError: (e) => void message.error(errorText(e)),
                },
              )
            }
          >
            {voting.rounds.length === 0 ? t.open : t.reopen}
          </Button>
        </Flex>
      ) : null}
      <WrittenOpinions session={session} voting={voting} />
      {voting.rounds.map((round) => (
        <RoundCard
          key={round.id}
          sessionId={session.id}
          roster={session.roster}
          round={round}
          totals={round.kind === 'first' && round.entryMode === 'totals' ? firstTotals : noTotals}
          latest={round.id === latestId}
          readOnly={readOnly}
        />
      ))}
      {voting.rounds.length > 0 ? (
        <ResultsCard
          voting={voting}
          chairName={chair?.fullName ?? null}
          secretaryName={secretary?.fullName ?? null}
          readOnly={readOnly}
        />
      ) : null}
    </Card>
  );
}
