import { CloudDownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  auditChanges,
  auditEntityLabel,
  formatAuditTime,
  type AuditAction,
  type AuditEntry,
  type AuditListInput,
} from '../../../../shared/domain/audit';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { downloadFile } from '../dossiers/files';

const PAGE_SIZE = 50;

const t = {
  title: 'Nhật ký thay đổi',
  intro:
    'Mọi thay đổi dữ liệu được ghi tự động cùng lúc với thay đổi: ai (tên người sử dụng trong Cài đặt), lúc nào, đối tượng nào, nội dung trước và sau. Nhật ký chỉ để xem và xuất, không sửa hay xoá được. Số CCCD không được ghi, chỉ ghi là đã thay đổi; danh sách nhập từ Excel được ghi là một lần nhập.',
  dates: 'Khoảng ngày',
  user: 'Người sử dụng',
  noUser: '(chưa đặt tên)',
  entity: 'Đối tượng',
  entityId: 'Mã bản ghi',
  action: 'Thao tác',
  refresh: 'Làm mới',
  export: 'Xuất Excel',
  colTime: 'Thời gian',
  colUser: 'Người sử dụng',
  colEntity: 'Đối tượng',
  colAction: 'Thao tác',
  colChanges: 'Nội dung thay đổi',
  total: (n: number) => `${n.toLocaleString('vi-VN')} dòng`,
  empty: 'Không có thay đổi nào theo bộ lọc.',
  more: (n: number) => `… và ${n} trường khác`,
};

/** Long records (a whole nomination) show their first fields; the Excel export has them all. */
const SHOWN_CHANGES = 8;

type Filter = Omit<AuditListInput, 'offset' | 'limit'>;

/** The audit trail in Cài đặt: read-only, filtered, paged on the server, exported to Excel. */
export function AuditPanel() {
  const [filter, setFilter] = useState<Filter>({});
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const input: AuditListInput = { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const log = useQuery({
    queryKey: ['audit', 'list', input] as const,
    queryFn: () => call('audit.list', input),
    placeholderData: keepPreviousData,
  });

  const change = (next: Filter) => {
    setFilter(next);
    setPage(1);
  };
  const set = <K extends keyof Filter>(key: K, value: Filter[K] | undefined) => {
    const next = { ...filter };
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
    change(next);
  };

  const onExport = async () => {
    setExportError(null);
    setExporting(true);
    try {
      downloadFile(await call('audit.exportExcel', filter));
    } catch (e) {
      setExportError(errorText(e));
    } finally {
      setExporting(false);
    }
  };

  const columns: TableColumnsType<AuditEntry> = [
    { title: t.colTime, dataIndex: 'at', width: 170, render: (at: string) => formatAuditTime(at) },
    {
      title: t.colUser,
      dataIndex: 'userName',
      width: 160,
      render: (u: string) => u || <Typography.Text type="secondary">{t.noUser}</Typography.Text>,
    },
    {
      title: t.colEntity,
      key: 'entity',
      width: 220,
      render: (_, e) => `${auditEntityLabel(e.entity)}${e.entityId ? ` #${e.entityId}` : ''}`,
    },
    {
      title: t.colAction,
      dataIndex: 'action',
      width: 90,
      render: (a: AuditAction) => AUDIT_ACTION_LABELS[a],
    },
    {
      title: t.colChanges,
      key: 'changes',
      render: (_, e) => {
        const lines = auditChanges(e);
        return (
          <div style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {lines.slice(0, SHOWN_CHANGES).join('\n')}
            {lines.length > SHOWN_CHANGES ? `\n${t.more(lines.length - SHOWN_CHANGES)}` : ''}
          </div>
        );
      },
    },
  ];

  return (
    <Card title={t.title} style={{ marginTop: 16 }}>
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t.intro}
        </Typography.Paragraph>
        <Flex wrap gap={8} align="center">
          <DatePicker.RangePicker
            aria-label={t.dates}
            format="DD/MM/YYYY"
            value={range}
            onChange={(v) => {
              setRange(v);
              const next = { ...filter };
              delete next.dateFrom;
              delete next.dateTo;
              if (v?.[0]) next.dateFrom = v[0].format('YYYY-MM-DD');
              if (v?.[1]) next.dateTo = v[1].format('YYYY-MM-DD');
              change(next);
            }}
          />
          <Select
            aria-label={t.user}
            placeholder={t.user}
            allowClear
            style={{ minWidth: 180 }}
            value={filter.userName}
            onChange={(v?: string) => set('userName', v)}
            options={(log.data?.users ?? []).map((u) => ({ value: u, label: u || t.noUser }))}
          />
          <Select
            aria-label={t.entity}
            placeholder={t.entity}
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 220 }}
            value={filter.entity}
            onChange={(v?: string) => set('entity', v)}
            options={(log.data?.entities ?? []).map((e) => ({
              value: e,
              label: auditEntityLabel(e),
            }))}
          />
          <Input
            aria-label={t.entityId}
            placeholder={t.entityId}
            allowClear
            style={{ width: 120 }}
            value={filter.entityId ?? ''}
            onChange={(ev) => set('entityId', ev.target.value.trim())}
          />
          <Select
            aria-label={t.action}
            placeholder={t.action}
            allowClear
            style={{ minWidth: 120 }}
            value={filter.action}
            onChange={(v?: AuditAction) => set('action', v)}
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }))}
          />
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void log.refetch()}>
            {t.refresh}
          </Button>
          <Button
            icon={<CloudDownloadOutlined aria-hidden />}
            loading={exporting}
            onClick={() => void onExport()}
          >
            {t.export}
          </Button>
        </Flex>
        {exportError ? <Alert type="error" showIcon role="alert" title={exportError} /> : null}
        {log.isError ? (
          <QueryError error={log.error} onRetry={() => void log.refetch()} />
        ) : (
          <Table<AuditEntry>
            aria-label={t.title}
            size="small"
            rowKey="id"
            loading={log.isFetching}
            columns={columns}
            dataSource={log.data?.entries ?? []}
            locale={{ emptyText: t.empty }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: log.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: t.total,
              onChange: setPage,
            }}
          />
        )}
      </Flex>
    </Card>
  );
}
