import {
  FileExcelOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Input,
  Row,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../shared/domain/dates';
import {
  DOC_TYPE_LABELS,
  type IssuedDocument,
  type RegisterFilter,
} from '../../../../shared/domain/document';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { CertificatesModal } from './CertificatesModal';
import { errorText } from '../../components/api-errors';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { QueryError } from '../../components/QueryError';
import { downloadFile } from '../dossiers/files';
import { movementQueries } from '../movements/queries';
import { downloadIssued } from './files';
import { documentsMessages } from './messages.vi';
import { formatDong } from './money';
import { documentQueries } from './queries';

const t = documentsMessages.register;

/** The register of issued documents (sổ đăng ký văn bản đi), newest first, with their files. */
export function RegisterTab() {
  const { message } = App.useApp();
  const [movementId, setMovementId] = useState<number | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 250);
  const filter: RegisterFilter = {
    ...(movementId !== undefined ? { movementId } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(debounced ? { query: debounced } : {}),
  };
  const register = useQuery({
    ...documentQueries.register(filter),
    placeholderData: keepPreviousData,
  });
  const movements = useQuery(movementQueries.list());
  const [busy, setBusy] = useState<string | null>(null);
  const [certificatesOf, setCertificatesOf] = useState<IssuedDocument | null>(null);

  const download = async (doc: IssuedDocument, kind: 'pdf' | 'docx') => {
    setBusy(`${doc.id}-${kind}`);
    try {
      await downloadIssued(doc.id, kind, doc.docType);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  /** The danh sách kèm theo as Excel, from the entry's stored data. */
  const downloadExcel = async (doc: IssuedDocument) => {
    setBusy(`${doc.id}-xlsx`);
    try {
      downloadFile(
        doc.docType === 'to_trinh'
          ? await call('documents.submissionXlsx', { id: doc.id })
          : await call('documents.decisionXlsx', { id: doc.id }),
      );
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  const last = new Date().getFullYear() + 1;
  const columns: TableColumnsType<IssuedDocument> = [
    { title: t.number, dataIndex: 'numberLabel', width: 110 },
    { title: t.date, dataIndex: 'date', width: 100, render: (d: string | null) => formatDateVi(d) },
    {
      title: t.type,
      dataIndex: 'docType',
      width: 95,
      render: (d: IssuedDocument['docType']) => DOC_TYPE_LABELS[d],
    },
    {
      title: t.summary,
      dataIndex: 'summary',
      render: (summary: string, doc) => (
        <>
          <div>{summary}</div>
          {doc.movementTitle ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {doc.movementTitle}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t.count, dataIndex: 'awardeeCount', width: 80, align: 'right' },
    {
      title: t.total,
      dataIndex: 'totalAmount',
      width: 115,
      align: 'right',
      render: (n: number) => formatDong(n),
    },
    { title: t.signer, width: 140, render: (_v, doc) => doc.signer.signerName },
    {
      title: t.actions,
      width: 250,
      render: (_v, doc) => (
        <>
          <Button
            size="small"
            icon={<FilePdfOutlined aria-hidden />}
            loading={busy === `${doc.id}-pdf`}
            onClick={() => void download(doc, 'pdf')}
            style={{ marginRight: 8 }}
          >
            PDF
          </Button>
          <Button
            size="small"
            icon={<FileWordOutlined aria-hidden />}
            loading={busy === `${doc.id}-docx`}
            onClick={() => void download(doc, 'docx')}
            style={{ marginRight: 8 }}
          >
            DOCX
          </Button>
          <Button
            size="small"
            icon={<FileExcelOutlined aria-hidden />}
            loading={busy === `${doc.id}-xlsx`}
            onClick={() => void downloadExcel(doc)}
            title="Danh sách kèm theo (Excel)"
          >
            Excel
          </Button>
          {doc.docType === 'quyet_dinh' && doc.status === 'issued' && doc.awardeeCount > 0 ? (
            <Button
              size="small"
              icon={<PrinterOutlined aria-hidden />}
              onClick={() => setCertificatesOf(doc)}
              style={{ marginTop: 4 }}
            >
              In giấy khen/bằng khen
            </Button>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 8]}>
          <Col xs={24} md={10}>
            <Select
              aria-label={t.movement}
              style={{ width: '100%' }}
              allowClear
              placeholder={t.movementPlaceholder}
              value={movementId}
              onChange={(v: number | undefined) => setMovementId(v)}
              options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.title }))}
              showSearch={{
                filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
              }}
            />
          </Col>
          <Col xs={12} md={4}>
            <Select
              aria-label={t.year}
              style={{ width: '100%' }}
              allowClear
              placeholder={t.yearPlaceholder}
              value={year}
              onChange={(v: number | undefined) => setYear(v)}
              options={Array.from({ length: 12 }, (_v, i) => ({
                value: last - i,
                label: String(last - i),
              }))}
            />
          </Col>
          <Col xs={12} md={10}>
            <Input.Search
              aria-label={t.query}
              placeholder={t.query}
              allowClear
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </Col>
        </Row>
      </Card>
      {register.isError ? (
        <QueryError error={register.error} onRetry={() => void register.refetch()} />
      ) : (
        <Table<IssuedDocument>
          className="documents-register"
          size="small"
          rowKey="id"
          loading={register.isLoading}
          columns={columns}
          dataSource={register.data ?? []}
          locale={{ emptyText: t.empty }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      )}
      {certificatesOf ? (
        <CertificatesModal doc={certificatesOf} onClose={() => setCertificatesOf(null)} />
      ) : null}
    </>
  );
}
