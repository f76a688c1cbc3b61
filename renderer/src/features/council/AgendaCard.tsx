import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { SUBJECT_TYPE_LABELS } from '../../../../shared/domain/award-form';
import type { AgendaGroup } from '../../../../shared/domain/council';
import { hrefFor } from '../../app/use-hash-route';
import { QueryError } from '../../components/QueryError';
import { catalogQueries } from '../catalog/queries';
import { dossierPath } from '../dossiers/paths';
import { councilMessages } from './messages.vi';
import { councilQueries } from './queries';

const t = councilMessages.session;

type Nomination = AgendaGroup['nominations'][number];

/** The nominations sent to the council, grouped by award form × subject, each with its quota. */
export function AgendaCard({ sessionId }: { sessionId: number }) {
  const agenda = useQuery(councilQueries.agenda(sessionId));
  const votingRules = useQuery(catalogQueries.votingRules());
  const ruleName = new Map((votingRules.data ?? []).map((r) => [r.code, r.name]));

  if (agenda.error) {
    return <QueryError error={agenda.error} onRetry={() => void agenda.refetch()} />;
  }
  if (!agenda.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  const { groups, nominationCount } = agenda.data;
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t.agenda(nominationCount)}</h2>}
      className="council-agenda"
    >
      {groups.length === 0 ? <Empty description={t.agendaEmpty} /> : null}
      {groups.map((g) => {
        const title = t.groupTitle(g.awardFormName, SUBJECT_TYPE_LABELS[g.subjectType]);
        return (
          <section
            key={`${g.awardFormCode}:${g.subjectType}`}
            className="council-agenda-group"
            aria-label={title}
          >
            <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
              <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
                {title} ({g.nominationCount})
              </Typography.Title>
              {g.quota !== null ? (
                <Tag color={g.nominationCount > g.quota ? 'orange' : 'blue'}>
                  {t.quota(g.quota)}
                </Tag>
              ) : (
                <Tag>{t.noQuota}</Tag>
              )}
            </Flex>
            {g.quotaRules.map((r) => (
              <Typography.Paragraph key={r.ruleId} type="secondary" style={{ marginBottom: 2 }}>
                {r.sentence.includes(r.clause) ? r.sentence : `${r.sentence} (${r.clause})`}
              </Typography.Paragraph>
            ))}
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {g.votingRuleCode
                ? t.votingRule(ruleName.get(g.votingRuleCode) ?? g.votingRuleCode)
                : t.votingRuleByCouncil}
            </Typography.Paragraph>
            <Table<Nomination>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={g.nominations}
              columns={[
                { title: t.order, key: 'order', width: 56, render: (_v, _n, i) => i + 1 },
                { title: t.nominee, dataIndex: 'fullName' },
                {
                  title: t.position,
                  dataIndex: 'position',
                  render: (v: string | null) => v ?? '',
                },
                { title: t.unit, dataIndex: 'proposingUnitName' },
                {
                  title: t.dossier,
                  key: 'dossier',
                  width: 120,
                  render: (_v, n) => (
                    <a href={hrefFor(dossierPath(n.dossierId))}>{n.dossierLabel}</a>
                  ),
                },
              ]}
            />
          </section>
        );
      })}
    </Card>
  );
}
