import { Table, Typography } from 'antd';
import type { Correction } from '../../../../shared/domain/council-voting';
import { formatDateVi } from '../../../../shared/domain/dates';
import { councilMessages } from './messages.vi';

const c = councilMessages.voting.correction;

/** The corrections recorded after conclusion, oldest first: each is its own act with a reason. */
export function CorrectionsList({ corrections }: { corrections: readonly Correction[] }) {
  return (
    <section aria-label={c.listTitle} className="council-corrections">
      <Typography.Title level={4} style={{ fontSize: 15, marginTop: 16 }}>
        {c.listTitle}
      </Typography.Title>
      <Table<Correction>
        aria-label={c.listTitle}
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...corrections]}
        columns={[
          {
            title: c.date,
            key: 'date',
            width: 110,
            render: (_v, x) => formatDateVi(x.actDate),
          },
          { title: c.who, dataIndex: 'recordedBy', width: 180 },
          {
            title: c.what,
            key: 'what',
            render: (_v, x) =>
              c.change(x.fullName, c.outcomes[x.previousOutcome], c.outcomes[x.outcome]),
          },
          { title: c.reasonCol, dataIndex: 'reason' },
          {
            title: c.referenceCol,
            key: 'reference',
            width: 160,
            render: (_v, x) => x.reference ?? '',
          },
        ]}
      />
    </section>
  );
}
