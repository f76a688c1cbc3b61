import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Row,
  Select,
  Typography,
  type RefSelectProps,
} from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AwardForm, Procedure } from '../../../../shared/domain/award-form';
import { formatDateVi, todayIso } from '../../../../shared/domain/dates';
import type { DossierDetail } from '../../../../shared/domain/dossier';
import type { MovementSummary } from '../../../../shared/domain/movement';
import type { Unit } from '../../../../shared/domain/unit';
import { matchesSearch, sortVi } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import { movementQueries } from '../movements/queries';
import { dossiersMessages } from './messages.vi';
import { useCreateDossierMutation, useUpdateDossierMutation } from './mutations';

const t = dossiersMessages.form;
const FORM_ID = 'dossier-form';

export type DossierEditorTarget =
  | { mode: 'create'; movementId?: number | undefined; periodCode?: string | undefined }
  | { mode: 'edit'; dossier: DossierDetail };

interface DossierFormValues {
  receivedDate?: string | null;
  proposingUnitId?: number;
  documentNumber?: string | null;
  documentDate?: string | null;
  movementId?: number | null;
  periodCode?: string | null;
  procedure?: Procedure;
  awardFormCodes?: string[];
  note?: string | null;
}

const FIELD_NAMES = [
  'receivedDate',
  'proposingUnitId',
  'documentNumber',
  'documentDate',
  'movementId',
  'periodCode',
  'procedure',
  'awardFormCodes',
  'note',
] as const satisfies readonly (keyof DossierFormValues)[];

/** Select ↔ form: the API wants `null` for “none”, the Select shows `undefined` as empty. */
const nullableSelect = {
  getValueProps: (value: unknown) => ({ value: value ?? undefined }),
  normalize: (value: unknown) => value ?? null,
};

function initialValues(target: DossierEditorTarget): DossierFormValues {
  if (target.mode === 'create') {
    return {
      receivedDate: todayIso(),
      movementId: target.movementId ?? null,
      periodCode: target.periodCode ?? null,
      procedure: 'thuong',
      awardFormCodes: [],
    };
  }
  const d = target.dossier;
  return {
    receivedDate: d.receivedDate,
    proposingUnitId: d.proposingUnitId,
    documentNumber: d.documentNumber,
    documentDate: d.documentDate,
    movementId: d.movementId,
    periodCode: d.periodCode,
    procedure: d.procedure,
    awardFormCodes: d.awardFormCodes,
    note: d.note,
  };
}

/** “Vào sổ hồ sơ” and “Sửa”: one incoming dossier. The modal stays open when the server refuses. */
export function DossierFormModal({
  target,
  units,
  movements,
  awardForms,
  onClose,
  onSaved,
}: {
  target: DossierEditorTarget;
  units: readonly Unit[];
  movements: readonly MovementSummary[];
  awardForms: readonly AwardForm[];
  onClose: () => void;
  onSaved: (dossier: DossierDetail, mode: DossierEditorTarget['mode']) => void;
}) {
  const [form] = Form.useForm<DossierFormValues>();
  const unitRef = useRef<RefSelectProps>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateDossierMutation();
  const update = useUpdateDossierMutation();
  const saving = create.isPending || update.isPending;
  const initial = useMemo(() => initialValues(target), [target]);

  // `undefined` only before the form is mounted; `null` once the movement is cleared.
  const watchedMovement = Form.useWatch('movementId', form);
  const movementId = watchedMovement === undefined ? (initial.movementId ?? null) : watchedMovement;
  const movement = useQuery({
    ...movementQueries.detail(movementId ?? 0),
    enabled: movementId !== null,
  });
  const movementForms = movementId !== null ? (movement.data?.awardForms ?? []) : [];

  const unitOptions = useMemo(
    () =>
      sortVi(units, (u) => u.name).map((u) => ({
        value: u.id,
        label: u.name,
        // Old dossiers name units that have since ended (e.g. districts before 01/7/2025).
        hint: u.validTo ? `${u.kindName} · ${t.unitUntil(formatDateVi(u.validTo))}` : u.kindName,
      })),
    [units],
  );
  const movementOptions = movements.map((m) => ({ value: m.id, label: m.title }));
  const formOptions = (
    movementForms.length > 0
      ? movementForms.flatMap((mf) => awardForms.filter((f) => f.code === mf.awardFormCode))
      : awardForms
  ).map((f) => ({ value: f.code, label: f.name }));
  const periods = movement.data?.periods ?? [];

  /** A movement's forms may each name their procedure; when the chosen ones agree, use it. */
  const procedureOf = (codes: readonly string[]): Procedure | null => {
    const chosen = movementForms.filter((f) => codes.includes(f.awardFormCode));
    const procedures = new Set(chosen.map((f) => f.procedure ?? movement.data?.procedure));
    const only = procedures.size === 1 ? [...procedures][0] : undefined;
    return only ?? null;
  };

  const onValuesChange = (changed: DossierFormValues) => {
    clearEditedErrors(form, changed);
    if ('movementId' in changed) {
      form.setFieldValue('periodCode', null);
    }
    if (changed.awardFormCodes !== undefined) {
      const procedure = procedureOf(changed.awardFormCodes);
      if (procedure) form.setFieldValue('procedure', procedure);
    }
  };

  // Once the chosen movement is loaded: keep only its forms, and take its procedure.
  const loadedMovement = movement.data;
  const adjustedFor = useRef<number | null>(
    target.mode === 'edit' ? (initial.movementId ?? null) : null,
  );
  useEffect(() => {
    if (!loadedMovement || loadedMovement.id === adjustedFor.current) return;
    adjustedFor.current = loadedMovement.id;
    const codes = (form.getFieldValue('awardFormCodes') as string[] | undefined) ?? [];
    const inMovement = codes.filter((c) =>
      loadedMovement.awardForms.some((f) => f.awardFormCode === c),
    );
    const only =
      loadedMovement.awardForms.length === 1 ? loadedMovement.awardForms[0]?.awardFormCode : null;
    form.setFieldsValue({
      awardFormCodes: inMovement.length === 0 && only ? [only] : inMovement,
      procedure: loadedMovement.procedure,
    });
  }, [loadedMovement, form]);

  const title =
    target.mode === 'edit'
      ? t.editTitle(dossiersMessages.incoming(target.dossier.incomingNumber, target.dossier.year))
      : t.createTitle;

  const onFinish = (values: DossierFormValues) => {
    setFormError(null);
    const input = {
      receivedDate: values.receivedDate ?? '',
      proposingUnitId: values.proposingUnitId ?? 0,
      documentNumber: values.documentNumber?.trim() || null,
      documentDate: values.documentDate ?? null,
      movementId: values.movementId ?? null,
      periodCode: values.periodCode ?? null,
      procedure: values.procedure ?? 'thuong',
      awardFormCodes: values.awardFormCodes ?? [],
      note: values.note?.trim() || null,
    };
    const handlers = {
      onSuccess: (dossier: DossierDetail) => onSaved(dossier, target.mode),
      onError: (error: unknown) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES)),
    };
    if (target.mode === 'edit') update.mutate({ id: target.dossier.id, ...input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <Modal
      open
      title={title}
      width={760}
      onCancel={onClose}
      mask={{ closable: false }}
      afterOpenChange={(open) => {
        if (open) unitRef.current?.focus();
      }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {dossiersMessages.cancel}
        </Button>,
        // Outside the <form> but tied to it by `form=`, so Enter in a text field submits too.
        <Button key="submit" type="primary" htmlType="submit" form={FORM_ID} loading={saving}>
          {target.mode === 'edit' ? t.save : t.create}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t.hint}</Typography.Paragraph>
      <Form<DossierFormValues>
        form={form}
        name={FORM_ID}
        layout="vertical"
        initialValues={initial}
        onFinish={onFinish}
        onValuesChange={onValuesChange}
        scrollToFirstError
        requiredMark
      >
        {formError ? (
          <Alert
            type="error"
            showIcon
            title={t.failed}
            description={formError}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="receivedDate"
              label={t.receivedDate}
              rules={[{ required: true, message: t.receivedRequired }]}
              {...isoDateItemProps}
            >
              <DateInput allowClear={false} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="proposingUnitId"
              label={t.unit}
              rules={[{ required: true, message: t.unitRequired }]}
            >
              <Select
                ref={unitRef}
                autoFocus
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
                      {option.data.hint}
                    </Typography.Text>
                  </Flex>
                )}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="documentNumber" label={t.documentNumber}>
              <Input placeholder={t.documentNumberPlaceholder} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="documentDate" label={t.documentDate} {...isoDateItemProps}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={periods.length > 0 ? 16 : 24}>
            <Form.Item name="movementId" label={t.movement} {...nullableSelect}>
              <Select
                allowClear
                options={movementOptions}
                placeholder={t.movementPlaceholder}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          {periods.length > 0 ? (
            <Col xs={24} md={8}>
              <Form.Item name="periodCode" label={t.period} {...nullableSelect}>
                <Select
                  allowClear
                  placeholder={t.periodPlaceholder}
                  options={periods.map((p) => ({ value: p.code, label: p.name }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={16}>
            <Form.Item
              name="awardFormCodes"
              label={t.awardForms}
              extra={movementForms.length > 0 ? t.awardFormsOfMovement : undefined}
              rules={[{ required: true, type: 'array', min: 1, message: t.awardFormsRequired }]}
            >
              <Select
                mode="multiple"
                options={formOptions}
                placeholder={t.awardFormsPlaceholder}
                showSearch={{
                  filterOption: (input, option) =>
                    matchesSearch(String(option?.label ?? ''), input),
                }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="procedure"
              label={t.procedure}
              rules={[{ required: true, message: t.procedureRequired }]}
            >
              <Radio.Group
                options={(['thuong', 'don_gian'] as const).map((p) => ({
                  value: p,
                  label: dossiersMessages.procedures[p],
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t.note}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
