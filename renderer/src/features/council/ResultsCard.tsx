import { App, Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SUBJECT_TYPE_LABELS } from '../../../../shared/domain/award-form';
import {
  NOMINEE_STATUS_LABELS,
  type GroupResult,
  type NomineeResult,
  type NomineeStatus,
  type SessionVoting,
} from '../../../../shared/domain/council-voting';
import { errorText } from '../../components/api-errors';
import { ChairDecisionModal } from './ChairDecisionModal';
import { CorrectionModal } from './CorrectionModal';
import { CorrectionsList } from './CorrectionsList';
import { councilMessages } from './messages.vi';
import { useOpenSecondRoundMutation } from './mutations';

const t = councilMessages.voting;
const c = t.correction;

const STATUS_COLORS: Record<NomineeStatus, string> = {
  selected: 'green',
  not_selected: 'default',
  not_passed: 'red',
  tie_at_cutoff: 'orange',
  pending: 'default',
};

/** Per group: votes, percentage of the base, pass or not, rank within the quota, the tie flagged. */
export function ResultsCard({
  voting,
  chairName,
  secretaryName,
  readOnly,
}: {
  voting: SessionVoting;
  chairName: string | null;
  /** Who usually drafts a correction (người lập). */
  secretaryName: string | null;
  readOnly: boolean;
}) {
  const concluded = voting.status === 'concluded';
  return (
    <section aria-label={t.results} className="council-results">
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t.results}
      </Typography.Title>
      {voting.groups.map((g) => (
        <GroupResultView
          key={`${g.awardFormCode}:${g.subjectType}`}
          sessionId={voting.sessionId}
          group={g}
          tieRule={voting.tieRule}
          chairName={chairName}
          secretaryName={secretaryName}
          concluded={concluded}
          readOnly={readOnly}
        />
      ))}
      {voting.corrections.length > 0 ? <CorrectionsList corrections={voting.corrections} /> : null}
    </section>
  );
}

function GroupResultView({
  sessionId,
  group: g,
  tieRule,
  chairName,
  secretaryName,
  concluded,
  readOnly,
}: {
  sessionId: number;
  group: GroupResult;
  tieRule: SessionVoting['tieRule'];
  chairName: string | null;
  secretaryName: string | null;
  concluded: boolean;
  readOnly: boolean;
}) {
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState(false);
  const [correcting, setCorrecting] = useState<NomineeResult | null>(null);
  const second = useOpenSecondRoundMutation();
  const title = `${g.awardFormName} — ${SUBJECT_TYPE_LABELS[g.subjectType]}`;
  const sorted = [...g.nominees].sort(
    (a, b) =>
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || b.yes - a.yes,
  );

  return (
    <section aria-label={`${t.results}: ${title}`} className="council-result-group">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
        <Typography.Text strong>{title}</Typography.Text>
        <Tag color="blue">{t.selected(g.selected, g.quota)}</Tag>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {g.votingRule
          ? t.groupRule(g.votingRule.name, g.votingRule.minimumYes, g.baseLabel)
          : t.groupNoRule}
      </Typography.Paragraph>
      {g.tie ? (
        <Alert
          className="council-tie"
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t.tieTitle}
          description={
            <>
              <div>{g.tie.message}</div>
              {g.tie.pendingRoundId !== null ? <div>{t.pendingRound}</div> : null}
            </>
          }
          action={
            readOnly || g.tie.pendingRoundId !== null ? null : tieRule === 'second_round' ? (
              <Button
                size="small"
                type="primary"
                loading={second.isPending}
                onClick={() =>
                  second.mutate(
                    {
                      sessionId,
                      awardFormCode: g.awardFormCode,
                      subjectType: g.subjectType,
                      spares: 2,
                    },
                    {
                      onSuccess: () => void message.success(t.secondRoundOpened),
                      onError: (e) => void message.error(errorText(e)),
                    },
                  )
                }
              >
                {t.secondRoundAction}
              </Button>
            ) : (
              <Button size="small" type="primary" onClick={() => setDeciding(true)}>
                {t.chairAction}
              </Button>
            )
          }
        />
      ) : null}
      <Table<NomineeResult>
        aria-label={`${t.results}: ${title}`}
        size="small"
        rowKey="nominationId"
        pagination={false}
        dataSource={sorted}
        rowClassName={(n) => (n.status === 'tie_at_cutoff' ? 'council-row-tie' : '')}
        columns={[
          { title: t.rank, dataIndex: 'rank', width: 70, render: (v: number | null) => v ?? '' },
          {
            title: t.nominee,
            key: 'name',
            render: (_v, n) => (
              <>
                <div>{n.fullName}</div>
                <Typography.Text type="secondary">{n.proposingUnitName}</Typography.Text>
              </>
            ),
          },
          {
            title: t.yes,
            key: 'yes',
            width: 110,
            render: (_v, n) => (
              <>
                {n.yes}
                {n.writtenYes + n.writtenNo > 0 ? (
                  <div className="council-small">{t.written(n.writtenYes, n.writtenNo)}</div>
                ) : null}
                {n.secondRoundYes !== null ? (
                  <div className="council-small">{t.secondRoundVotes(n.secondRoundYes)}</div>
                ) : null}
              </>
            ),
          },
          { title: t.no, dataIndex: 'no', width: 110 },
          {
            title: t.percent,
            key: 'percent',
            width: 130,
            render: (_v, n) => n.percent,
          },
          {
            title: t.passed,
            key: 'passed',
            width: 100,
            render: (_v, n) => (n.passed === null ? t.noRule : n.passed ? t.pass : t.fail),
          },
          {
            title: t.status,
            key: 'status',
            width: 230,
            render: (_v, n) => (
              <>
                {n.corrected && n.outcome !== null ? (
                  <>
                    <Tag color={STATUS_COLORS[n.outcome]}>{c.outcomes[n.outcome]}</Tag>
                    <Tag color="purple" className="council-corrected">
                      {c.mark}
                    </Tag>
                    <div className="council-small">
                      <s>{NOMINEE_STATUS_LABELS[n.status]}</s>
                    </div>
                  </>
                ) : (
                  <Tag color={STATUS_COLORS[n.status]}>{NOMINEE_STATUS_LABELS[n.status]}</Tag>
                )}
                {n.resolvedBy === 'chair_decides' ? (
                  <div className="council-small">{t.byChair}</div>
                ) : n.resolvedBy === 'second_round' ? (
                  <div className="council-small">{t.bySecondRound}</div>
                ) : null}
              </>
            ),
          },
          ...(concluded
            ? [
                {
                  title: '',
                  key: 'correct',
                  width: 120,
                  render: (_v: unknown, n: NomineeResult) => (
                    <Button
                      size="small"
                      aria-label={c.actionOf(n.fullName)}
                      onClick={() => setCorrecting(n)}
                    >
                      {c.action}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {correcting ? (
        <CorrectionModal
          sessionId={sessionId}
          nominee={correcting}
          recordedBy={secretaryName}
          onClose={() => setCorrecting(null)}
          onSaved={() => {
            setCorrecting(null);
            void message.success(c.saved);
          }}
        />
      ) : null}
      {deciding ? (
        <ChairDecisionModal
          sessionId={sessionId}
          group={g}
          chairName={chairName}
          onClose={() => setDeciding(false)}
        />
      ) : null}
    </section>
  );
}
