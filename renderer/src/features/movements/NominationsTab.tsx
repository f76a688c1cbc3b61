import {
  DownOutlined,
  EditOutlined,
  PlusOutlined,
  SearchOutlined,
  UpOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Skeleton,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
  type FormInstance,
  type InputRef,
  type TableColumnsType,
} from 'antd';
import { useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import type { Input as ApiInput } from '../../../../shared/contract';
import type { AwardForm, SubjectType } from '../../../../shared/domain/award-form';
import { formatDateVi } from '../../../../shared/domain/dates';
import type { Movement } from '../../../../shared/domain/movement';
import {
  GENDERS,
  birthLabel,
  type Gender,
  type Nomination,
} from '../../../../shared/domain/nomination';
import type { Unit } from '../../../../shared/domain/unit';
import { HONORIFICS } from '../../../../shared/text/person-name';
import { matchesSearch, searchKey, sortVi } from '../../../../shared/text/vietnamese';
import { PATHS } from '../../app/paths';
import { hrefFor } from '../../app/use-hash-route';
import { applyApiErrorToForm, clearEditedErrors, errorText } from '../../components/api-errors';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { QueryError } from '../../components/QueryError';
import {
  NOMINATION_FIELD_NAMES,
  nominationInput,
  nominationValuesOf,
  type NominationValues,
} from '../nominations/nomination-values';
import { DateInput, isoDateItemProps } from './date-input';
import { movementsMessages } from './messages.vi';
import {
  useCreateNominationMutation,
  useDeleteNominationMutation,
  useSetNominationSelectedMutation,
  useUpdateNominationMutation,
} from './mutations';
import { movementQueries } from './queries';

const t = movementsMessages.nominations;
const FORM_ID = 'nomination-quick-add';
const EDIT_FORM_ID = 'nomination-edit';
const ALL_SUBJECTS = ['tap_the', 'ca_nhan', 'ho_gia_dinh'] as const;
/** Suggestions shown under the workplace and honorific boxes. */
const MAX_SUGGESTIONS = 12;

/** Fields that only describe a person: cleared when the subject becomes a collective or household. */
const PERSON_FIELDS = {
  honorific: null,
  gender: null,
  birthDate: null,
  birthYear: null,
  ethnicity: null,
  position: null,
  workplace: null,
  isLeader: false,
  posthumous: false,
  idNumber: null,
} as const satisfies NominationValues;

/** After a quick add: the next person of the same unit, form, subject, period and dossier. */
const NEXT_ENTRY = {
  ...PERSON_FIELDS,
  fullName: '',
  isEnterprise: false,
  achievement: null,
  note: null,
} as const satisfies NominationValues;

/** The API's input; a workplace typed exactly as a unit of the catalogue is linked to it (reports by unit). */
function toInput(
  values: NominationValues,
  movementId: number,
  units: readonly Unit[],
): ApiInput<'nominations.create'> {
  const workplaceKey = values.workplace ? searchKey(values.workplace) : '';
  const workplaceUnit = workplaceKey
    ? units.find((u) => searchKey(u.name) === workplaceKey)
    : undefined;
  return nominationInput(values, { movementId, workplaceUnitId: workplaceUnit?.id ?? null });
}

/** “Đề nghị”: the nominations of a movement, with a quick keyboard entry form. */
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
  const [editing, setEditing] = useState<Nomination | null>(null);
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
          nominations={nominations.data}
          violations={violationsByNomination}
          onEdit={setEditing}
        />
      )}
      {editing ? (
        <EditNominationModal
          key={editing.id}
          nomination={editing}
          movement={movement}
          catalog={catalog}
          units={units}
          onClose={() => setEditing(null)}
        />
      ) : null}
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
  const [form] = Form.useForm<NominationValues>();
  const nameRef = useRef<InputRef>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateNominationMutation(movement.id);

  const onFinish = (values: NominationValues) => {
    setFormError(null);
    create.mutate(toInput(values, movement.id, units), {
      onSuccess: (created) => {
        void message.success(t.added(created.fullName));
        // Ready for the next one: same unit, form, subject, period, dossier; the person is cleared.
        form.setFieldsValue(NEXT_ENTRY);
        nameRef.current?.focus();
      },
      onError: (error) => setFormError(applyApiErrorToForm(form, error, NOMINATION_FIELD_NAMES)),
    });
  };

  if (movement.awardForms.length === 0) {
    return <Alert type="warning" showIcon title={t.noForms} />;
  }

  return (
    <Card size="small" title={<h2 className="board-card-title">{t.addTitle}</h2>}>
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t.addHint}
      </Typography.Paragraph>
      <Form<NominationValues>
        form={form}
        name={FORM_ID}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed: NominationValues) => keepConsistent(form, movement, changed)}
        initialValues={{
          awardFormCode:
            movement.awardForms.length === 1 ? movement.awardForms[0]?.awardFormCode : undefined,
          subjectType: 'tap_the',
          periodCode: null,
          dossierId: null,
          ...NEXT_ENTRY,
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
        <NominationFields
          form={form}
          movement={movement}
          catalog={catalog}
          units={units}
          nameRef={nameRef}
          submit={
            <Button
              type="primary"
              htmlType="submit"
              icon={<PlusOutlined aria-hidden />}
              loading={create.isPending}
            >
              {t.add}
            </Button>
          }
        />
      </Form>
    </Card>
  );
}

/**
 * Keeps dependent fields consistent as the person types (wired to the form's `onValuesChange`): a
 * form not given to the chosen subject switches the subject; a collective has no person fields;
 * another unit has other dossiers; a birth date makes the separate year unnecessary.
 */
function keepConsistent(
  form: FormInstance<NominationValues>,
  movement: Movement,
  changed: NominationValues,
): void {
  if (changed.awardFormCode !== undefined) {
    const allowed = movement.awardForms.find(
      (f) => f.awardFormCode === changed.awardFormCode,
    )?.subjectTypes;
    const current = form.getFieldValue('subjectType') as SubjectType | undefined;
    if (allowed && allowed[0] && (!current || !allowed.includes(current))) {
      form.setFieldValue('subjectType', allowed[0]);
      if (allowed[0] !== 'ca_nhan') form.setFieldsValue(PERSON_FIELDS);
    }
  }
  if (changed.subjectType !== undefined && changed.subjectType !== 'ca_nhan') {
    form.setFieldsValue(PERSON_FIELDS);
  }
  if (changed.proposingUnitId !== undefined) form.setFieldValue('dossierId', null);
  if (changed.birthDate) form.setFieldValue('birthYear', null);
}

/**
 * The fields of one nomination, shared by the quick add and the edit dialog. The subject decides
 * which show: a person has a form of address, birth, position and workplace; a collective may be
 * an enterprise. Changing the unit drops the dossier (a dossier belongs to one unit).
 */
function NominationFields({
  form,
  movement,
  catalog,
  units,
  nameRef,
  submit,
  initiallyExpanded = false,
}: {
  form: FormInstance<NominationValues>;
  movement: Movement;
  catalog: readonly AwardForm[];
  units: readonly Unit[];
  nameRef?: Ref<InputRef>;
  submit?: ReactNode;
  initiallyExpanded?: boolean;
}) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
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
    movement.awardForms.find((f) => f.awardFormCode === chosenForm)?.subjectTypes ?? ALL_SUBJECTS;
  const subjectType = Form.useWatch('subjectType', form);
  const unitId = Form.useWatch('proposingUnitId', form);
  const birthDate = Form.useWatch('birthDate', form);
  const workplace = Form.useWatch('workplace', form) ?? '';
  const honorific = Form.useWatch('honorific', form) ?? '';
  const person = subjectType === 'ca_nhan';
  const hasPeriods = movement.periods.length > 0;

  const dossiers = useQuery({
    ...movementQueries.nominationDossiers(movement.id, unitId ?? 0),
    enabled: unitId !== undefined,
  });
  const dossierOptions = (dossiers.data ?? []).map((d) => ({
    value: d.id,
    label: t.dossierLabel(`${d.incomingNumber}/${d.year}`),
    received: t.dossierReceived(formatDateVi(d.receivedDate)),
  }));

  const workplaceOptions = useMemo(() => {
    if (searchKey(workplace).length < 2) return [];
    return sortVi(
      units.filter((u) => matchesSearch(u.name, workplace)),
      (u) => u.name,
    )
      .slice(0, MAX_SUGGESTIONS)
      .map((u) => ({ value: u.name }));
  }, [units, workplace]);
  const honorificOptions = HONORIFICS.filter((h) => matchesSearch(h.canonical, honorific))
    .slice(0, MAX_SUGGESTIONS)
    .map((h) => ({ value: h.canonical }));

  return (
    <>
      <Row gutter={12} align="bottom">
        <Col xs={24} md={12} xl={hasPeriods ? 6 : 7}>
          <Form.Item
            name="proposingUnitId"
            label={t.unit}
            rules={[{ required: true, message: t.unitRequired }]}
          >
            <Select
              options={unitOptions}
              placeholder={t.unitPlaceholder}
              showSearch={{
                filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
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
        <Col xs={24} md={12} xl={hasPeriods ? 6 : 7}>
          <Form.Item
            name="awardFormCode"
            label={t.form}
            rules={[{ required: true, message: t.formRequired }]}
          >
            <Select
              options={formOptions}
              placeholder={t.formPlaceholder}
              showSearch={{
                filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={4}>
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
              getValueProps={(value: string | null | undefined) => ({ value: value ?? undefined })}
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
        <Col xs={24} md={12} xl={hasPeriods ? 5 : 6}>
          <Form.Item
            name="dossierId"
            label={t.dossier}
            getValueProps={(value: number | null | undefined) => ({ value: value ?? undefined })}
            normalize={(value: number | undefined) => value ?? null}
          >
            <Select
              allowClear
              disabled={unitId === undefined}
              loading={dossiers.isFetching}
              placeholder={unitId === undefined ? t.dossierNeedsUnit : t.dossierPlaceholder}
              options={dossierOptions}
              optionRender={(option) => (
                <Flex justify="space-between" gap={8}>
                  <span>{option.data.label}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {option.data.received}
                  </Typography.Text>
                </Flex>
              )}
            />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} align="bottom">
        {person ? (
          <Col xs={8} md={4} xl={3}>
            <Form.Item name="honorific" label={t.honorific} tooltip={t.honorificHint}>
              <AutoComplete options={honorificOptions} placeholder={t.honorificPlaceholder} />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={16} md={person ? 10 : 14} xl={person ? 5 : 12}>
          <Form.Item
            name="fullName"
            label={person ? t.fullNamePerson : t.fullName}
            rules={[{ required: true, whitespace: true, message: t.fullNameRequired }]}
          >
            <Input
              ref={nameRef}
              placeholder={person ? t.fullNamePersonPlaceholder : t.fullNamePlaceholder}
              autoComplete="off"
            />
          </Form.Item>
        </Col>
        {person ? (
          <>
            <Col xs={8} md={4} xl={2}>
              <Form.Item
                name="gender"
                label={t.gender}
                getValueProps={(value: Gender | null | undefined) => ({
                  value: value ?? undefined,
                })}
                normalize={(value: Gender | undefined) => value ?? null}
              >
                <Select
                  allowClear
                  placeholder={t.genderPlaceholder}
                  options={GENDERS.map((g) => ({ value: g, label: t.genders[g] }))}
                />
              </Form.Item>
            </Col>
            <Col xs={8} md={6} xl={3}>
              <Form.Item name="birthDate" label={t.birthDate} {...isoDateItemProps}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={8} md={6} xl={2}>
              <Form.Item name="birthYear" label={t.birthYear}>
                <InputNumber
                  controls={false}
                  min={1900}
                  max={new Date().getFullYear()}
                  precision={0}
                  disabled={Boolean(birthDate)}
                  placeholder={t.birthYearPlaceholder}
                  title={t.birthYearHint}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6} xl={4}>
              <Form.Item name="position" label={t.position}>
                <Input placeholder={t.positionPlaceholder} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={12} md={12} xl={5}>
              <Form.Item name="workplace" label={t.workplace}>
                <AutoComplete options={workplaceOptions} placeholder={t.workplacePlaceholder} />
              </Form.Item>
            </Col>
          </>
        ) : null}
      </Row>
      <Flex gap={16} wrap align="center" justify="space-between">
        <Flex gap={16} wrap align="center">
          {person ? (
            <>
              <Form.Item name="isLeader" valuePropName="checked" noStyle>
                <Checkbox>{t.isLeader}</Checkbox>
              </Form.Item>
              <Form.Item name="posthumous" valuePropName="checked" noStyle>
                <Checkbox>{t.posthumous}</Checkbox>
              </Form.Item>
            </>
          ) : null}
          {subjectType !== 'ho_gia_dinh' ? (
            <Tooltip title={t.enterpriseHint}>
              <span>
                <Form.Item name="isEnterprise" valuePropName="checked" noStyle>
                  <Checkbox>{person ? t.isEnterprisePerson : t.isEnterpriseCollective}</Checkbox>
                </Form.Item>
              </span>
            </Tooltip>
          ) : null}
          <Button
            type="link"
            size="small"
            icon={expanded ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
            aria-expanded={expanded}
            onClick={() => setExpanded((v) => !v)}
          >
            {expanded ? t.less : t.more}
          </Button>
        </Flex>
        {submit}
      </Flex>
      {/* Kept mounted when folded, so what was typed there is still sent. */}
      <div hidden={!expanded} style={{ marginTop: 12 }}>
        <Row gutter={12}>
          {person ? (
            <>
              <Col xs={12} md={6} xl={4}>
                <Form.Item name="idNumber" label={t.idNumber}>
                  <Input
                    placeholder={t.idNumberPlaceholder}
                    autoComplete="off"
                    inputMode="numeric"
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6} xl={4}>
                <Form.Item name="ethnicity" label={t.ethnicity}>
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col xs={24} md={12} xl={person ? 10 : 14}>
            <Form.Item name="achievement" label={t.achievement}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={person ? 6 : 10}>
            <Form.Item name="note" label={t.note}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Col>
        </Row>
      </div>
    </>
  );
}

function EditNominationModal({
  nomination,
  movement,
  catalog,
  units,
  onClose,
}: {
  nomination: Nomination;
  movement: Movement;
  catalog: readonly AwardForm[];
  units: readonly Unit[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const full = useQuery(movementQueries.nominationForEdit(nomination.id));
  const update = useUpdateNominationMutation(movement.id);
  const [form] = Form.useForm<NominationValues>();
  const [formError, setFormError] = useState<string | null>(null);

  const onFinish = (values: NominationValues) => {
    setFormError(null);
    update.mutate(
      { id: nomination.id, ...toInput(values, movement.id, units) },
      {
        onSuccess: (saved) => {
          void message.success(t.editSaved(saved.fullName));
          onClose();
        },
        onError: (error) => setFormError(applyApiErrorToForm(form, error, NOMINATION_FIELD_NAMES)),
      },
    );
  };

  return (
    <Modal
      open
      title={t.editTitle(nomination.fullName)}
      width={1040}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {movementsMessages.cancel}
        </Button>,
        <Button
          key="submit"
          type="primary"
          htmlType="submit"
          form={EDIT_FORM_ID}
          loading={update.isPending}
          disabled={!full.isSuccess}
        >
          {t.editSave}
        </Button>,
      ]}
    >
      {full.isPending ? (
        <Skeleton active />
      ) : full.isError ? (
        <QueryError error={full.error} onRetry={() => void full.refetch()} />
      ) : (
        <Form<NominationValues>
          form={form}
          name={EDIT_FORM_ID}
          layout="vertical"
          initialValues={nominationValuesOf(full.data)}
          onFinish={onFinish}
          onValuesChange={(changed: NominationValues) => {
            clearEditedErrors(form, changed);
            keepConsistent(form, movement, changed);
          }}
          scrollToFirstError
        >
          {formError ? (
            <Alert
              type="error"
              showIcon
              title={t.editFailed}
              description={formError}
              closable={{ onClose: () => setFormError(null) }}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          <NominationFields
            form={form}
            movement={movement}
            catalog={catalog}
            units={units}
            initiallyExpanded={Boolean(
              full.data.idNumber ?? full.data.achievement ?? full.data.note ?? full.data.ethnicity,
            )}
          />
        </Form>
      )}
    </Modal>
  );
}

/** “Ông Trương Quang Sáng” with the name alone in `.nomination-name` (what lists match on). */
export function NominationName({ n }: { n: Pick<Nomination, 'honorific' | 'fullName'> }) {
  return (
    <span>
      {n.honorific ? <span className="nomination-honorific">{n.honorific} </span> : null}
      <span className="nomination-name">{n.fullName}</span>
    </span>
  );
}

function NominationTable({
  movement,
  nominations,
  violations,
  onEdit,
}: {
  movement: Movement;
  nominations: readonly Nomination[];
  violations: ReadonlyMap<number, string[]>;
  onEdit: (n: Nomination) => void;
}) {
  const { message } = App.useApp();
  const [filter, setFilter] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const setSelected = useSetNominationSelectedMutation(movement.id);
  const remove = useDeleteNominationMutation(movement.id);
  const periodName = (code: string | null) =>
    code ? (movement.periods.find((p) => p.code === code)?.name ?? code) : '';

  const shown = nominations.filter(
    (n) =>
      filter.trim() === '' ||
      matchesSearch(
        [n.honorific, n.fullName, n.proposingUnitName, n.position, n.workplace]
          .filter(Boolean)
          .join(' '),
        filter,
      ),
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
    {
      key: 'fullName',
      title: t.columns.fullName,
      width: 240,
      render: (_v, n) => {
        const problems = violations.get(n.id);
        return (
          <Flex gap={6} wrap align="center">
            <NominationName n={n} />
            {n.posthumous ? <Tag>{t.posthumousYes}</Tag> : null}
            {n.isLeader ? <Tag>{t.leaderTag}</Tag> : null}
            {n.isEnterprise ? <Tag>{t.enterpriseTag}</Tag> : null}
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
    {
      key: 'subject',
      title: t.columns.subject,
      render: (_v, n) => movementsMessages.subjects[n.subjectType],
    },
    {
      key: 'birth',
      title: t.columns.birth,
      render: (_v, n) => birthLabel(n),
    },
    { key: 'position', title: t.columns.position, dataIndex: 'position' },
    { key: 'workplace', title: t.columns.workplace, dataIndex: 'workplace' },
    { key: 'unit', title: t.columns.unit, dataIndex: 'proposingUnitName' },
    { key: 'form', title: t.columns.form, dataIndex: 'awardFormName' },
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
      key: 'dossier',
      title: t.columns.dossier,
      render: (_v, n) =>
        n.dossierId !== null && n.dossierLabel ? (
          <a href={hrefFor(`${PATHS.dossiers}/${n.dossierId}`)}>{n.dossierLabel}</a>
        ) : null,
    },
    {
      key: 'selected',
      title: t.columns.selected,
      width: 110,
      fixed: 'right',
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
      width: 150,
      fixed: 'right',
      render: (_v, n) => (
        <Flex gap={0}>
          <Button
            size="small"
            type="link"
            icon={<EditOutlined aria-hidden />}
            aria-label={t.editLabel(n.fullName)}
            onClick={() => onEdit(n)}
          >
            {t.edit}
          </Button>
          <ConfirmDeleteButton
            text={t.delete}
            label={t.deleteLabel(n.fullName)}
            confirmTitle={t.deleteConfirm}
            confirmBody={n.fullName}
            cancelText={movementsMessages.cancel}
            onConfirm={() => void onDelete(n)}
          />
        </Flex>
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
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t.empty} /> }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
      />
    </Card>
  );
}
