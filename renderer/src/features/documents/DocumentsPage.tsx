import { Tabs } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/PageHeader';
import { DecisionComposer } from './DecisionComposer';
import { documentsMessages as t } from './messages.vi';
import { RegisterTab } from './RegisterTab';

/** `Văn bản`: issue a Quyết định khen thưởng from a movement's nominations; the register. */
export function DocumentsPage() {
  const [tab, setTab] = useState<'decision' | 'register'>('decision');
  return (
    <>
      <PageHeader title={t.title} description={t.summary} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'decision' | 'register')}
        items={[
          { key: 'decision', label: t.tabs.decision, children: <DecisionComposer /> },
          { key: 'register', label: t.tabs.register, children: <RegisterTab /> },
        ]}
      />
    </>
  );
}
