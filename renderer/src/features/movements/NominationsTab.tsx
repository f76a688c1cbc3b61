import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
  type InputRef,
  type TableColumnsType,
} from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { AwardForm, SubjectType } from '../../../../shared/domain/award-form';
import type { Movement } from '../../../../shared/domain/movement';
import type { Nomination } from '../../../../shared/domain/nomination';
import type { Unit } from '../../../../shared/domain/unit';
import { matchesSearch, sortVi } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, errorText } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { movementsMessages } from './messages.vi';
import {
  useCreateNominationMutation,
  useDeleteNominationMutation,
  useSetNominationSelectedMutation,
} from './mutations';
import { movementQueries } from './queries';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';

const t = movementsMessages.nominations;
const FORM_ID = 'nomination-quick-add';

interface AddValues {
  proposingUnitId?: number;
  awardFormCode?: string;
  subjectType?: SubjectType;
  periodCode?: string | null;
  fullName?: string;
  posthumous?: boolean;
}

const FIELD_NAMES = [
  'proposingUnitId',
  'awardFormCode',
  'subjectType',
  'periodCode',
  'fullName',
  'posthumous',
] as const satisfies readonly (keyof AddValues)[];

/** “Đề nghị”: the minimal list of nominations, with a quick keyboard entry form. */
export function NominationsTab({
  movement,
  catalog,
  units,
  stale,
}: {
  movement: Movement;
  catalog: readonly AwardForm[];
  units: readonly Unit[];
  stale: boolean;
}) {
  const nominations = useQuery(movementQueries.nominations(movement.id));
  const board = useQuery(movementQueries.board(movement.id));
  const violationsByNomination = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const v of board.data?.violations ?? []) {
      for (const id of v.nominationIds) map.set(id, [...(map.get(id) ?? []), v.message]);
    }
    return map;
  }, [board.data]);

  return (
    <Flex vertical gap={16}>
      {stale ? <Alert type="info" showIcon title={movementsMessages.boardStale} /> : null}
      <QuickAdd movement={movement} catalog={catalog} units={units} />
      {nominations.isPending ? (
        <Skeleton active />
      ) : nominations.isError ? (
        <QueryError error={nominations.error} onRetry={() => void nominations.refetch()} />
      ) : (
        <NominationTable
          movement={movement}
          catalog={catalog}
          nominations={nominations.data}
          violations={violationsByNomination}
        />
      )}
    </Flex>
  );
}

function QuickAdd({
  movement,
  catalog,
  units,
}: {
  movement: Movement;
  catalog: readonly AwardForm[];
  units: readonly Unit[];
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const nameRef = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateNominationMutation(movement.id);

  const unitOptions = useMemo(
    () =>
      sortVi(units, (u) => u.name).map((u) => ({
        value: u.id,
        label: u.name,
        kind: u.kindName,
      })),
    [units],
  );
  const formName = (code: string) => catalog.find((f) => f.code === code)?.name ?? code;
  const formOptions = movement.awardForms.map((f) => ({
    value: f.awardFormCode,
    label: formName(f.awardFormCode),
  }));
  const chosenForm = Form.useWatch('awardFormCode', form);
  const subjects =
    movement.awardForms.find((f) => f.awardFormCode === chosenForm)?.subjectTypes ??
    (['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const);
  const subjectType = Form.useWatch('subjectType', form);
  const hasPeriods = movement.periods.length > 0;

  const onFinish = (values: AddValues) => {
    setFormError(null);
    const fullName = values.fullName ?? '';
    create.mutate(
      {
        movementId: movement.id,
        proposingUnitId: values.proposingUnitId ?? 0,
        awardFormCode: values.awardFormCode ?? '',
        subjectType: values.subjectType ?? 'tap_the',
        periodCode: values.periodCode ?? null,
        fullName,
        posthumous: values.posthumous ?? false,
      },
      {
        onSuccess: (created) => {
          void message.success(t.added(created.fullName));
          // Ready for the next one: same unit, form and subject; only the name is cleared.
          form.setFieldsValue({ fullName: '', posthumous: false });
          nameRef.current?.focus();
        },
        onError: (error) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES)),
      },
    );
  };

  if (movement.awardForms.length === 0) {
    return <Alert type="warning" showIcon title={t.noForms} />;
  }

  return (
    <Card size="small" title={<h2 className="board-card-title">{t.addTitle}</h2>}>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t.addHint}
      </Typography.Paragraph>
      <Form<AddValues>
        form={form}
        name={FORM_ID}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{
          awardFormCode:
            movement.awardForms.length === 1 ? movement.awardForms[0]?.awardFormCode : undefined,
          subjectType: 'tap_the',
          periodCode: null,
          posthumous: false,
        }}
        onValuesChange={(changed: AddValues) => {
          // A form that is not given to the chosen subject: switch to one it is given to.
          if (changed.awardFormCode !== undefined) {
            const allowed = movement.awardForms.find(
              (f) => f.awardFormCode === changed.awardFormCode,
            )?.subjectTypes;
            const current = form.getFieldValue('subjectType') as SubjectType | undefined;
            if (allowed && allowed[0] && (!current || !allowed.includes(current))) {
              form.setFieldValue('subjectType', allowed[0]);
            }
          }
        }}
      >
        {formError ? (
          <Alert
            type="error"
            showIcon
            title={t.addFailed}
            description={formError}
            closable={{ onClose: () => setFormError(null) }}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Row gutter={12} align="bottom">
          <Col xs={24} md={12} xl={hasPeriods ? 5 : 6}>
            <Form.Item
              name="proposingUnitId"
              label={t.unit}
              rules={[{ required: true, message: t.unitRequired }]}
            >
              <Select
                options={unitOptions}
                placeholder={t.unitPlaceholder}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
                optionRender={(option) => (
                  <Flex justify="space-between" gap={8}>
                    <span>{option.data.label}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {option.data.kind}
                    </Typography.Text>
                  </Flex>
                )}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Form.Item
              name="awardFormCode"
              label={t.form}
              rules={[{ required: true, message: t.formRequired }]}
            >
              <Select
                options={formOptions}
                placeholder={t.formPlaceholder}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Form.Item
              name="subjectType"
              label={t.subject}
              rules={[{ required: true, message: t.subjectRequired }]}
            >
              <Select
                options={subjects.map((s) => ({ value: s, label: movementsMessages.subjects[s] }))}
              />
            </Form.Item>
          </Col>
          {hasPeriods ? (
            <Col xs={12} md={6} xl={3}>
              <Form.Item
                name="periodCode"
                label={t.period}
                getValueProps={(value: string | null | undefined) => ({
                  value: value ?? undefined,
                })}
                normalize={(value: string | undefined) => value ?? null}
              >
                <Select
                  allowClear
                  placeholder={t.periodPlaceholder}
                  options={movement.periods.map((p) => ({ value: p.code, label: p.name }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12} xl={hasPeriods ? 4 : 6}>
            <Form.Item
              name="fullName"
              label={t.fullName}
              rules={[{ required: true, whitespace: true, message: t.fullNameRequired }]}
            >
              <Input ref={nameRef} placeholder={t.fullNamePlaceholder} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={2}>
            <Form.Item name="posthumous" valuePropName="checked">
              <Checkbox disabled={subjectType !== 'ca_nhan'}>{t.posthumous}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={2}>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<PlusOutlined aria-hidden />}
                loading={create.isPending}
                block
              >
                {t.add}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}

function NominationTable({
  movement,
  catalog,
  nominations,
  violations,
}: {
  movement: Movement;
  catalog: readonly AwardForm[];
  nominations: readonly Nomination[];
  violations: ReadonlyMap<number, string[]>;
}) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const setSelected = useSetNominationSelectedMutation(movement.id);
  const remove = useDeleteNominationMutation(movement.id);
  const formName = (code: string) => catalog.find((f) => f.code === code)?.name ?? code;
  const periodName = (code: string | null) =>
    code ? (movement.periods.find((p) => p.code === code)?.name ?? code) : '';

  const shown = nominations.filter(
    (n) => filter.trim() === '' || matchesSearch(`${n.fullName} ${n.proposingUnitName}`, filter),
  );

  const onToggle = (n: Nomination, selected: boolean) => {
    setActionError(null);
    setSelected.mutate(
      { id: n.id, selected },
      { onError: (error) => setActionError(errorText(error)) },
    );
  };
  const onDelete = async (n: Nomination) => {
    setActionError(null);
    try {
      await remove.mutateAsync(n.id);
      void message.success(t.deleted(n.fullName));
    } catch (error) {
      setActionError(errorText(error));
    }
  };

  const columns: TableColumnsType<Nomination> = [
    {
      key: 'index',
      title: t.columns.index,
      width: 56,
      align: 'right',
      render: (_v, _n, i) => i + 1,
    },
    { key: 'unit', title: t.columns.unit, dataIndex: 'proposingUnitName' },
    {
      key: 'form',
      title: t.columns.form,
      render: (_v, n) => formName(n.awardFormCode),
    },
    {
      key: 'subject',
      title: t.columns.subject,
      render: (_v, n) => movementsMessages.subjects[n.subjectType],
    },
    {
      key: 'fullName',
      title: t.columns.fullName,
      render: (_v, n) => {
        const problems = violations.get(n.id);
        return (
          <Flex gap={6} wrap align="center">
            <span className="nomination-name">{n.fullName}</span>
            {n.posthumous ? <Tag>{t.posthumousYes}</Tag> : null}
            {problems ? (
              <Tooltip title={problems.join(' ')}>
                <Tag color="red" tabIndex={0} aria-label={problems.join(' ')}>
                  {t.violationTag}
                </Tag>
              </Tooltip>
            ) : null}
          </Flex>
        );
      },
    },
    ...(movement.periods.length > 0
      ? [
          {
            key: 'period',
            title: t.columns.period,
            render: (_v: unknown, n: Nomination) => periodName(n.periodCode),
          },
        ]
      : []),
    {
      key: 'selected',
      title: t.columns.selected,
      width: 120,
      render: (_v, n) => (
        <Switch
          checked={n.selected}
          aria-label={t.selectedLabel(n.fullName)}
          loading={setSelected.isPending && setSelected.variables?.id === n.id}
          onChange={(checked) => onToggle(n, checked)}
        />
      ),
    },
    {
      key: 'actions',
      title: t.columns.actions,
      width: 90,
      render: (_v, n) => (
        <ConfirmDeleteButton
          text={t.delete}
          label={t.deleteLabel(n.fullName)}
          confirmTitle={t.deleteConfirm}
          confirmBody={n.fullName}
          cancelText={movementsMessages.cancel}
          onConfirm={() => void onDelete(n)}
        />
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={<h2 className="board-card-title">{t.listTitle(nominations.length)}</h2>}
      extra={
        <Input
          type="search"
          allowClear
          aria-label={t.filterLabel}
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t.filterPlaceholder}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 260 }}
        />
      }
    >
      {actionError ? (
        <Alert
          type="error"
          showIcon
          title={t.actionFailed}
          description={actionError}
          closable={{ onClose: () => setActionError(null) }}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Table<Nomination>
        className="nominations-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={shown}
        locale={{ emptyText: <Empty description={t.empty} /> }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
      />
    </Card>
  );
}
