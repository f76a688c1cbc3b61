import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Descriptions, Result, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import type { CouncilDetail } from '../../../../shared/domain/council';
import { formatDateVi } from '../../../../shared/domain/dates';
import { ApiError } from '../../api/client';
import { PATHS } from '../../app/paths';
import { hrefFor } from '../../app/use-hash-route';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { CouncilCrumbs } from './CouncilCrumbs';
import { CouncilFormModal } from './CouncilFormModal';
import { MembersTab } from './MembersTab';
import { councilMessages } from './messages.vi';
import { MovementsTab } from './MovementsTab';
import { councilPath, councilTabFromHash, type CouncilTab } from './paths';
import { councilQueries } from './queries';
import { RulesTab } from './RulesTab';
import { SessionsTab } from './SessionsTab';

const t = councilMessages.detail;

/** `#/hoi-dong/3`: one council — roster, rules, movements, sessions. */
export function CouncilDetailPage({ id }: { id: number }) {
  const council = useQuery(councilQueries.detail(id));
  if (council.error instanceof ApiError && council.error.code === 'NOT_FOUND') {
    return <CouncilNotFound />;
  }
  if (council.error) {
    return (
      <>
        <PageHeader title={councilMessages.title} />
        <QueryError error={council.error} onRetry={() => void council.refetch()} />
      </>
    );
  }
  if (!council.data) {
    return (
      <>
        <PageHeader title={councilMessages.title} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </>
    );
  }
  return <CouncilScreen council={council.data} />;
}

export function CouncilNotFound() {
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t.notFound}</h1>}
      subTitle={t.notFoundBody}
      extra={
        <Button type="primary" href={hrefFor(PATHS.council)}>
          {t.back}
        </Button>
      }
    />
  );
}

function CouncilScreen({ council }: { council: CouncilDetail }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [tab, setTab] = useState<CouncilTab>(
    () => councilTabFromHash(window.location.hash) ?? 'members',
  );
  const onTab = (key: string) => {
    const next = key as CouncilTab;
    setTab(next);
    // The tab travels in the address (after `?`, which the router ignores): back returns to it.
    window.history.replaceState(null, '', hrefFor(councilPath(council.id, next)));
  };
  const decision = councilMessages.list.decision(
    council.decisionNumber,
    formatDateVi(council.decisionDate),
  );
  return (
    <>
      <CouncilCrumbs current={council.name} />
      <PageHeader
        title={council.name}
        extra={
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {councilMessages.edit}
          </Button>
        }
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 8 }}
        items={[
          {
            key: 'body',
            label: councilMessages.form.issuingBody,
            children: council.issuingBody ?? councilMessages.none,
          },
          {
            key: 'decision',
            label: councilMessages.form.decisionNumber,
            children: decision || councilMessages.none,
          },
          {
            key: 'term',
            label: councilMessages.list.term,
            children: councilMessages.list.termText(
              formatDateVi(council.validFrom),
              council.validTo ? formatDateVi(council.validTo) : null,
            ),
          },
        ]}
      />
      <Tabs
        activeKey={tab}
        onChange={onTab}
        items={[
          {
            key: 'members',
            label: t.tabs.members(council.members.length),
            children: <MembersTab council={council} />,
          },
          { key: 'rules', label: t.tabs.rules, children: <RulesTab councilId={council.id} /> },
          {
            key: 'movements',
            label: t.tabs.movements,
            children: <MovementsTab council={council} />,
          },
          {
            key: 'sessions',
            label: t.tabs.sessions,
            children: <SessionsTab council={council} />,
          },
        ]}
      />
      {editing ? (
        <CouncilFormModal
          target={{ mode: 'edit', council }}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            void message.success(councilMessages.list.saved(saved.name));
            setEditing(false);
          }}
        />
      ) : null}
    </>
  );
}
