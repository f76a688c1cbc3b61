import {
  EyeOutlined,
  FilePdfOutlined,
  FileWordOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Input as ApiInput } from '../../../../shared/contract';
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../../../shared/domain/award-form';
import { formatDateVi, todayIso } from '../../../../shared/domain/dates';
import {
  documentNumberLabel,
  type DecisionCandidate,
  type DecisionDefaults,
  type IssuedDocument,
} from '../../../../shared/domain/document';
import { SIGNER_DELEGATIONS } from '../../../../shared/domain/settings';
import { decisionAuthorityFindings } from '../../../../shared/rules/decision-authority';
import { compareVi, matchesSearch } from '../../../../shared/text/vietnamese';
import { call } from '../../api/client';
import { errorText } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { movementQueries } from '../movements/queries';
import { showFile } from '../dossiers/files';
import { downloadIssued } from './files';
import { documentsMessages } from './messages.vi';
import { formatDong } from './money';
import { documentQueries } from './queries';

const t = documentsMessages;
const AUTHORITY_TITLES = {
  error: 'Người ký không có thẩm quyền ban hành Quyết định này',
  warning: 'Chưa kiểm tra được thẩm quyền của người ký',
} as const;

interface DecisionFields {
  number: number | null;
  symbol: string;
  date: string | null;
  roundTo: 1 | 1000;
  signerOnBehalfOf: string;
  signerDelegation: (typeof SIGNER_DELEGATIONS)[number];
  signerDelegationOf: string;
  signerTitle: string;
  signerName: string;
  authorityName: string;
  summary: string;
  legalBases: string;
  achievement: string;
  fundSource: string;
  executors: string;
  recipients: string;
  awardingAuthority: string;
  addressees: string;
}

type Kind = 'quyet_dinh' | 'to_trinh';

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function fieldsFrom(d: DecisionDefaults): Partial<DecisionFields> {
  return {
    number: d.nextNumber,
    symbol: d.symbol,
    ...d.signer,
    authorityName: d.authorityName,
    summary: '',
    legalBases: d.legalBases.join('\n'),
    achievement: d.achievement,
    fundSource: d.fundSource,
    executors: d.executors.join('\n'),
    recipients: d.recipients.join('\n'),
  };
}

interface Filters {
  form?: string | undefined;
  subject?: SubjectType | undefined;
  unitId?: number | undefined;
  query: string;
}

/** Choose a movement and its awardees, fill number/date/signer, preview and issue the decision. */
export function DecisionComposer() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DecisionFields>();
  const [movementId, setMovementId] = useState<number | undefined>();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [filters, setFilters] = useState<Filters>({ query: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'preview' | 'issue' | null>(null);
  const [issued, setIssued] = useState<IssuedDocument | null>(null);
  const [kind, setKind] = useState<Kind>('quyet_dinh');
  const filledFor = useRef<number | null>(null);

  const date = (Form.useWatch('date', form) as string | null | undefined) ?? null;
  const roundTo = (Form.useWatch('roundTo', form) as 1 | 1000 | undefined) ?? 1;
  const number = Form.useWatch('number', form) as number | null | undefined;
  const symbol = Form.useWatch('symbol', form) as string | undefined;

  const movements = useQuery(movementQueries.list());
  const defaults = useQuery({
    ...documentQueries.defaults(movementId ?? 0, date, roundTo),
    enabled: movementId !== undefined,
    placeholderData: keepPreviousData,
  });

  // The texts are filled once per movement; later date changes only recompute the money.
  useEffect(() => {
    if (!defaults.data || movementId === undefined || filledFor.current === movementId) return;
    filledFor.current = movementId;
    form.setFieldsValue(fieldsFrom(defaults.data));
  }, [defaults.data, movementId, form]);

  const candidates = useMemo(() => defaults.data?.candidates ?? [], [defaults.data]);
  const visible = useMemo(
    () =>
      candidates.filter(
        (c) =>
          (!filters.form || c.awardFormCode === filters.form) &&
          (!filters.subject || c.subjectType === filters.subject) &&
          (filters.unitId === undefined || c.proposingUnitId === filters.unitId) &&
          (!filters.query || matchesSearch(`${c.printedName} ${c.printedDetail}`, filters.query)),
      ),
    [candidates, filters],
  );
  const chosenRows = candidates.filter((c) => chosen.has(c.nominationId));
  const total = chosenRows.reduce((sum, c) => sum + (c.amount ?? 0), 0);
  // Rule G4, the same check issuing applies; a Tờ trình is not checked (the level above decides).
  const chosenForms = new Set(chosenRows.map((c) => c.awardFormCode));
  const authorityFindings = defaults.data
    ? decisionAuthorityFindings({
        date,
        decisionLevel: defaults.data.decisionLevel,
        forms: defaults.data.authorityForms.filter((f) => chosenForms.has(f.code)),
      })
    : [];
  const authorityErrors = authorityFindings.filter((f) => f.severity === 'error');
  const authorityWarnings = authorityFindings.filter((f) => f.severity === 'warning');
  const councilChosen = candidates.filter(
    (c) =>
      !c.issuedIn && (c.councilOutcome === 'selected' || (c.councilOutcome === null && c.selected)),
  );

  const formOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const c of candidates) seen.set(c.awardFormCode, c.awardFormName);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [candidates]);
  const unitOptions = useMemo(() => {
    const seen = new Map<number, string>();
    for (const c of candidates) seen.set(c.proposingUnitId, c.proposingUnitName);
    return [...seen]
      .sort((a, b) => compareVi(a[1], b[1]))
      .map(([value, label]) => ({ value, label }));
  }, [candidates]);

  const chooseMovement = (id: number | undefined) => {
    setMovementId(id);
    setChosen(new Set());
    setFilters({ query: '' });
    setIssued(null);
    setError(null);
    setKind('quyet_dinh');
    filledFor.current = null;
  };

  const input = async (): Promise<ApiInput<'documents.issueDecision'> | null> => {
    let v: DecisionFields;
    try {
      v = await form.validateFields();
    } catch {
      return null;
    }
    return {
      movementId: movementId!,
      nominationIds: [...chosen],
      number: v.number ?? null,
      symbol: v.symbol,
      date: v.date ?? null,
      roundTo: v.roundTo,
      signer: {
        signerOnBehalfOf: v.signerOnBehalfOf ?? '',
        signerDelegation: v.signerDelegation ?? '',
        signerDelegationOf: v.signerDelegationOf ?? '',
        signerTitle: v.signerTitle ?? '',
        signerName: v.signerName ?? '',
      },
      authorityName: v.authorityName,
      ...(v.summary?.trim() ? { summary: v.summary } : {}),
      legalBases: lines(v.legalBases),
      achievement: v.achievement,
      fundSource: v.fundSource,
      executors: lines(v.executors),
      recipients: lines(v.recipients),
    };
  };

  /**
   * The same choices as a Tờ trình. Căn cứ, thành tích and Nơi nhận of the decision do not fit a
   * Tờ trình: the server's defaults for a Tờ trình apply.
   */
  const submissionInput = (
    body: ApiInput<'documents.issueDecision'>,
  ): ApiInput<'documents.issueSubmission'> => {
    const v = form.getFieldsValue();
    return {
      movementId: body.movementId,
      nominationIds: body.nominationIds,
      number: body.number ?? null,
      ...(body.symbol ? { symbol: body.symbol } : {}),
      date: body.date ?? null,
      ...(body.signer ? { signer: body.signer } : {}),
      ...(body.summary ? { summary: body.summary } : {}),
      awardingAuthority: v.awardingAuthority ?? '',
      addressees: lines(v.addressees),
    };
  };

  const chooseKind = async (next: Kind) => {
    setKind(next);
    setIssued(null);
    setError(null);
    const current = (form.getFieldValue('symbol') as string | undefined) ?? '';
    form.setFieldValue(
      'symbol',
      next === 'to_trinh' ? current.replace(/^QĐ-/u, 'TTr-') : current.replace(/^TTr-/iu, 'QĐ-'),
    );
    try {
      const year = Number((date ?? todayIso()).slice(0, 4));
      const { number: nextNumber } = await call('documents.nextNumber', { docType: next, year });
      form.setFieldValue('number', nextNumber);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const onPreview = async () => {
    const body = await input();
    if (!body) return;
    setError(null);
    setBusy('preview');
    try {
      // Opens in the app's PDF viewer (renderer/src/features/pdf-viewer).
      showFile(
        kind === 'to_trinh'
          ? await call('documents.submissionPreview', submissionInput(body))
          : await call('documents.decisionPreview', body),
      );
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const onIssue = async () => {
    const body = await input();
    if (!body) return;
    setError(null);
    setBusy('issue');
    try {
      const doc =
        kind === 'to_trinh'
          ? await call('documents.issueSubmission', submissionInput(body))
          : await call('documents.issueDecision', body);
      setIssued(doc);
      setChosen(new Set());
      void message.success(
        kind === 'to_trinh' ? t.kind.issued(doc.numberLabel) : t.actions.issued(doc.numberLabel),
      );
      await queryClient.invalidateQueries({ queryKey: documentQueries.all() });
      form.setFieldValue('number', doc.number !== null ? doc.number + 1 : null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const download = async (format: 'pdf' | 'docx') => {
    if (!issued) return;
    try {
      await downloadIssued(issued.id, format, issued.docType);
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const columns: TableColumnsType<DecisionCandidate> = [
    {
      title: t.awardees.name,
      dataIndex: 'printedName',
      render: (name: string, c) => (
        <>
          <div>{name}</div>
          <Flex gap={4} wrap>
            {c.councilOutcome === 'selected' ? (
              <Tag color="green">{t.awardees.councilSelected}</Tag>
            ) : null}
            {c.councilOutcome === 'not_selected' ? (
              <Tag color="red">{t.awardees.councilNotSelected}</Tag>
            ) : null}
            {c.councilOutcome === null && c.selected ? (
              <Tag color="green">{t.awardees.markedSelected}</Tag>
            ) : null}
            {c.issuedIn ? <Tag color="blue">{t.awardees.issuedIn(c.issuedIn)}</Tag> : null}
          </Flex>
        </>
      ),
    },
    { title: t.awardees.detail, dataIndex: 'printedDetail' },
    { title: t.awardees.form, dataIndex: 'awardFormName', width: 220 },
    {
      title: t.awardees.subject,
      dataIndex: 'subjectType',
      width: 110,
      render: (s: SubjectType) => SUBJECT_TYPE_LABELS[s],
    },
    { title: t.awardees.unit, dataIndex: 'proposingUnitName', width: 200 },
    {
      title: t.awardees.amount,
      dataIndex: 'amount',
      width: 140,
      align: 'right',
      render: (amount: number | null) =>
        amount === null ? (
          <Typography.Text type="secondary">{t.awardees.noRate}</Typography.Text>
        ) : (
          formatDong(amount)
        ),
    },
  ];

  const selectKeys = (ids: number[], on: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setChosen(next);
  };

  const today = todayIso();
  const numberLabel = documentNumberLabel(number ?? null, symbol ?? '');

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <label htmlFor="decision-movement" style={{ display: 'block', marginBottom: 4 }}>
          {t.movement}
        </label>
        <Select
          id="decision-movement"
          style={{ width: '100%' }}
          placeholder={t.movementPlaceholder}
          value={movementId}
          onChange={(v: number | undefined) => chooseMovement(v)}
          allowClear
          options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.title }))}
          showSearch={{
            filterOption: (q, option) => matchesSearch(String(option?.label ?? ''), q),
          }}
        />
      </Card>

      {movementId === undefined ? (
        <Empty description={t.chooseMovement} />
      ) : defaults.isError ? (
        <QueryError error={defaults.error} onRetry={() => void defaults.refetch()} />
      ) : (
        <>
          <Card
            size="small"
            title={t.awardees.title}
            style={{ marginBottom: 16 }}
            extra={
              <Flex gap={24}>
                <Statistic title={t.awardees.chosen} value={chosen.size} />
                <Statistic title={t.awardees.total} value={formatDong(total)} />
              </Flex>
            }
          >
            <Row gutter={[12, 8]} style={{ marginBottom: 8 }}>
              <Col xs={24} md={6}>
                <Select
                  aria-label={t.awardees.form}
                  style={{ width: '100%' }}
                  allowClear
                  placeholder={t.awardees.formPlaceholder}
                  value={filters.form}
                  onChange={(v: string | undefined) => setFilters({ ...filters, form: v })}
                  options={formOptions}
                />
              </Col>
              <Col xs={12} md={4}>
                <Select
                  aria-label={t.awardees.subject}
                  style={{ width: '100%' }}
                  allowClear
                  placeholder={t.awardees.subjectPlaceholder}
                  value={filters.subject}
                  onChange={(v: SubjectType | undefined) => setFilters({ ...filters, subject: v })}
                  options={(Object.keys(SUBJECT_TYPE_LABELS) as SubjectType[]).map((s) => ({
                    value: s,
                    label: SUBJECT_TYPE_LABELS[s],
                  }))}
                />
              </Col>
              <Col xs={12} md={6}>
                <Select
                  aria-label={t.awardees.unit}
                  style={{ width: '100%' }}
                  allowClear
                  placeholder={t.awardees.unitPlaceholder}
                  value={filters.unitId}
                  onChange={(v: number | undefined) => setFilters({ ...filters, unitId: v })}
                  options={unitOptions}
                  showSearch={{
                    filterOption: (q, option) => matchesSearch(String(option?.label ?? ''), q),
                  }}
                />
              </Col>
              <Col xs={24} md={8}>
                <Input.Search
                  aria-label={t.awardees.search}
                  placeholder={t.awardees.search}
                  allowClear
                  value={filters.query}
                  onChange={(e) => setFilters({ ...filters, query: e.target.value })}
                />
              </Col>
            </Row>
            <Flex gap={8} wrap style={{ marginBottom: 8 }}>
              <Button
                size="small"
                onClick={() =>
                  selectKeys(
                    visible.filter((c) => !c.issuedIn).map((c) => c.nominationId),
                    true,
                  )
                }
              >
                {t.awardees.selectFiltered}
              </Button>
              {councilChosen.length > 0 ? (
                <Button
                  size="small"
                  onClick={() =>
                    selectKeys(
                      councilChosen.map((c) => c.nominationId),
                      true,
                    )
                  }
                >
                  {t.awardees.selectCouncil} ({councilChosen.length})
                </Button>
              ) : null}
              <Button
                size="small"
                onClick={() => setChosen(new Set())}
                disabled={chosen.size === 0}
              >
                {t.awardees.clear}
              </Button>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {defaults.data?.baseSalary
                ? t.awardees.baseSalary(
                    defaults.data.baseSalary.amount,
                    formatDateVi(defaults.data.baseSalary.validFrom),
                    defaults.data.baseSalary.source,
                  )
                : defaults.data
                  ? t.awardees.noBaseSalary
                  : ''}
            </Typography.Paragraph>
            <Table<DecisionCandidate>
              className="decision-candidates"
              size="small"
              rowKey="nominationId"
              loading={defaults.isLoading}
              columns={columns}
              dataSource={visible}
              locale={{ emptyText: t.awardees.empty }}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              rowSelection={{
                selectedRowKeys: [...chosen],
                preserveSelectedRowKeys: true,
                getCheckboxProps: (c) => ({
                  disabled: c.issuedIn !== null,
                  'aria-label': c.printedName,
                }),
                onChange: (keys) => {
                  const visibleIds = new Set(visible.map((c) => c.nominationId));
                  const next = new Set([...chosen].filter((id) => !visibleIds.has(id)));
                  for (const k of keys) next.add(Number(k));
                  setChosen(next);
                },
              }}
            />
          </Card>

          <Card size="small" title={t.fields.title} style={{ marginBottom: 16 }}>
            <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
              <Typography.Text strong>{t.kind.label}:</Typography.Text>
              <Radio.Group
                className="document-kind"
                aria-label={t.kind.label}
                value={kind}
                onChange={(e) => void chooseKind(e.target.value as Kind)}
                options={[
                  { value: 'quyet_dinh', label: t.kind.decision },
                  { value: 'to_trinh', label: t.kind.submission },
                ]}
              />
            </Flex>
            {kind === 'to_trinh' ? (
              <Typography.Paragraph type="secondary">{t.kind.submissionHint}</Typography.Paragraph>
            ) : null}
            <Form<DecisionFields>
              form={form}
              layout="vertical"
              name="decision"
              initialValues={{ date: today, roundTo: 1, signerDelegation: '' }}
            >
              <Row gutter={12}>
                <Col xs={12} md={4}>
                  <Form.Item
                    name="number"
                    label={t.fields.number}
                    extra={defaults.data ? t.fields.numberHint(defaults.data.nextNumber) : null}
                  >
                    <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item
                    name="symbol"
                    label={t.fields.symbol}
                    rules={[{ required: true, message: t.fields.required }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name="date" label={t.fields.date} {...isoDateItemProps}>
                    <DateInput />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name="roundTo" label={t.fields.roundTo}>
                    <Select
                      options={[
                        { value: 1, label: t.fields.roundDong },
                        { value: 1000, label: t.fields.roundThousand },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name="authorityName" label={t.fields.authorityName}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Text strong>{t.fields.signer}</Typography.Text>
              <Row gutter={12} style={{ marginTop: 8 }}>
                <Col xs={24} md={5}>
                  <Form.Item name="signerOnBehalfOf" label={t.fields.onBehalfOf}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item name="signerDelegation" label={t.fields.delegation}>
                    <Select
                      options={SIGNER_DELEGATIONS.map((d) => ({
                        value: d,
                        label: d || t.fields.delegationNone,
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name="signerDelegationOf" label={t.fields.delegationOf}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name="signerTitle" label={t.fields.signerTitle}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name="signerName" label={t.fields.signerName}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              {kind === 'to_trinh' ? (
                <Row gutter={12}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="awardingAuthority"
                      label={t.kind.awardingAuthority}
                      rules={[{ required: true, message: t.fields.required }]}
                    >
                      <Input placeholder={t.kind.awardingAuthorityPlaceholder} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name="addressees" label={t.kind.addressees}>
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                  </Col>
                </Row>
              ) : null}
              <Form.Item name="summary" label={t.fields.summary}>
                <Input placeholder={t.fields.summaryPlaceholder} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="legalBases" label={t.fields.legalBases}>
                    <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="achievement" label={t.fields.achievement}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                  <Form.Item name="fundSource" label={t.fields.fundSource}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="executors" label={t.fields.executors}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="recipients" label={t.fields.recipients}>
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                </Col>
              </Row>
            </Form>
            {error ? (
              <Alert
                className="decision-error"
                type="error"
                showIcon
                title={t.actions.failed}
                description={error}
                style={{ marginBottom: 12 }}
              />
            ) : null}
            {issued ? (
              <Alert
                className="decision-issued"
                type="success"
                showIcon
                title={
                  issued.docType === 'to_trinh'
                    ? t.kind.issued(issued.numberLabel)
                    : t.actions.issued(issued.numberLabel)
                }
                description={t.actions.issuedDetail}
                style={{ marginBottom: 12 }}
                action={
                  <Flex gap={8}>
                    <Button
                      icon={<FilePdfOutlined aria-hidden />}
                      onClick={() => void download('pdf')}
                    >
                      {t.actions.pdf}
                    </Button>
                    <Button
                      icon={<FileWordOutlined aria-hidden />}
                      onClick={() => void download('docx')}
                    >
                      {t.actions.docx}
                    </Button>
                  </Flex>
                }
              />
            ) : null}
            {kind === 'quyet_dinh'
              ? (
                  [
                    ['error', authorityErrors],
                    ['warning', authorityWarnings],
                  ] as const
                ).map(([type, found]) =>
                  found.length > 0 ? (
                    <Alert
                      key={type}
                      className={`decision-authority-${type}`}
                      type={type}
                      showIcon
                      title={AUTHORITY_TITLES[type]}
                      description={
                        found.length === 1 ? (
                          found[0]!.message
                        ) : (
                          <ul style={{ margin: 0, paddingLeft: 20 }}>
                            {found.map((f) => (
                              <li key={f.message}>{f.message}</li>
                            ))}
                          </ul>
                        )
                      }
                      style={{ marginBottom: 12 }}
                    />
                  ) : null,
                )
              : null}
            <Flex gap={8}>
              <Button
                icon={<EyeOutlined aria-hidden />}
                loading={busy === 'preview'}
                onClick={() => void onPreview()}
              >
                {t.actions.preview}
              </Button>
              <Popconfirm
                title={
                  kind === 'to_trinh'
                    ? t.kind.issueConfirm(chosen.size, numberLabel)
                    : t.actions.issueConfirm(chosen.size, numberLabel)
                }
                okText={t.actions.issueOk}
                cancelText={t.actions.cancel}
                onConfirm={() => void onIssue()}
              >
                <Button
                  type="primary"
                  icon={<SafetyCertificateOutlined aria-hidden />}
                  loading={busy === 'issue'}
                  disabled={kind === 'quyet_dinh' && authorityErrors.length > 0}
                >
                  {t.actions.issue}
                </Button>
              </Popconfirm>
            </Flex>
          </Card>
        </>
      )}
    </>
  );
}
