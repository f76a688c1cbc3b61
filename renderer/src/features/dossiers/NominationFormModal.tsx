import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  AutoComplete,
  Button,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Skeleton,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  SUBJECT_TYPES,
  type AwardForm,
  type SubjectType,
} from '../../../../shared/domain/award-form';
import type { DossierDetail } from '../../../../shared/domain/dossier';
import type { Movement } from '../../../../shared/domain/movement';
import { GENDERS, GENDER_LABELS, type Nomination } from '../../../../shared/domain/nomination';
import { matchesSearch } from '../../../../shared/text/vietnamese';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { DateInput, isoDateItemProps } from '../movements/date-input';
import {
  NOMINATION_FIELD_NAMES,
  nominationInput,
  nominationValuesOf,
  type NominationValues,
} from '../nominations/nomination-values';
import { dossiersMessages } from './messages.vi';
import { useCreateNominationMutation, useUpdateNominationMutation } from './mutations';
import { dossierQueries } from './queries';

const t = dossiersMessages.nominationForm;
const FORM_ID = 'nomination-form';

export type NominationEditorTarget = { mode: 'create' } | { mode: 'edit'; id: number };

/** Add or edit one nomination of the dossier; what shows depends on the subject (person, collective, household). */
export function NominationFormModal({
  target,
  dossier,
  movement,
  catalog,
  onClose,
  onSaved,
}: {
  target: NominationEditorTarget;
  dossier: DossierDetail & { movementId: number };
  movement: Movement;
  catalog: readonly AwardForm[];
  onClose: () => void;
  onSaved: (nomination: Nomination, mode: NominationEditorTarget['mode']) => void;
}) {
  // Editing loads the nomination with its CCCD: saving without it would erase the number.
  const existing = useQuery({
    ...dossierQueries.nomination(target.mode === 'edit' ? target.id : 0),
    enabled: target.mode === 'edit',
  });
  const title = target.mode === 'edit' ? t.editTitle : t.createTitle;
  const loading = target.mode === 'edit' && existing.isPending;

  return (
    <Modal
      open
      title={title}
      width={820}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={null}
      destroyOnHidden
      afterOpenChange={(open) => {
        // The dialog takes focus as it opens; hand it to the name, what people type first.
        if (open) document.getElementById(`${FORM_ID}_fullName`)?.focus();
      }}
    >
      {loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : existing.isError ? (
        <QueryError error={existing.error} onRetry={() => void existing.refetch()} />
      ) : (
        <NominationForm
          target={target}
          existing={target.mode === 'edit' ? (existing.data ?? null) : null}
          dossier={dossier}
          movement={movement}
          catalog={catalog}
          onClose={onClose}
          onSaved={onSaved}
        />
      )}
    </Modal>
  );
}

function NominationForm({
  target,
  existing,
  dossier,
  movement,
  catalog,
  onClose,
  onSaved,
}: {
  target: NominationEditorTarget;
  existing: Nomination | null;
  dossier: DossierDetail & { movementId: number };
  movement: Movement;
  catalog: readonly AwardForm[];
  onClose: () => void;
  onSaved: (nomination: Nomination, mode: NominationEditorTarget['mode']) => void;
}) {
  const [form] = Form.useForm<NominationValues>();
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateNominationMutation();
  const update = useUpdateNominationMutation();
  const saving = create.isPending || update.isPending;

  /** The forms this movement gives, with the subjects each is given to (all of the catalogue if none). */
  const forms = useMemo(
    () =>
      movement.awardForms.length > 0
        ? movement.awardForms.map((mf) => ({
            code: mf.awardFormCode,
            name: catalog.find((f) => f.code === mf.awardFormCode)?.name ?? mf.awardFormCode,
            subjectTypes: mf.subjectTypes,
          }))
        : catalog.map((f) => ({ code: f.code, name: f.name, subjectTypes: f.subjectTypes })),
    [movement, catalog],
  );
  const subjects = SUBJECT_TYPES.filter((s) => forms.some((f) => f.subjectTypes.includes(s)));
  const formsFor = (subject: SubjectType | undefined) =>
    forms.filter((f) => subject !== undefined && f.subjectTypes.includes(subject));
  /** The dossier's own forms first: most rows are for what the dossier proposes. */
  const defaultForm = (subject: SubjectType) => {
    const fitting = formsFor(subject);
    return (
      fitting.find((f) => dossier.awardFormCodes.includes(f.code))?.code ??
      (fitting.length === 1 ? fitting[0]?.code : undefined)
    );
  };

  const initial = useMemo<NominationValues>(() => {
    if (existing) return nominationValuesOf(existing);
    const subjectType = subjects.includes('ca_nhan') ? 'ca_nhan' : (subjects[0] ?? 'ca_nhan');
    const awardFormCode = defaultForm(subjectType);
    return {
      subjectType,
      ...(awardFormCode ? { awardFormCode } : {}),
      isLeader: false,
      isEnterprise: false,
      posthumous: false,
    };
    // The form starts once from these values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const subject = (Form.useWatch('subjectType', form) ?? initial.subjectType) as SubjectType;
  const person = subject === 'ca_nhan';
  const chosenCode = Form.useWatch('awardFormCode', form) ?? initial.awardFormCode;
  const chosenForm = catalog.find((f) => f.code === chosenCode);
  const formOptions = formsFor(subject).map((f) => ({ value: f.code, label: f.name }));

  const onValuesChange = (changed: NominationValues) => {
    clearEditedErrors(form, changed);
    if (changed.subjectType !== undefined) {
      const current = form.getFieldValue('awardFormCode') as string | undefined;
      if (!formsFor(changed.subjectType).some((f) => f.code === current)) {
        form.setFieldValue('awardFormCode', defaultForm(changed.subjectType));
      }
    }
    // A date of birth already says the year.
    if (changed.birthDate) form.setFieldValue('birthYear', null);
  };

  const onFinish = (values: NominationValues) => {
    setFormError(null);
    const input = nominationInput(values, {
      movementId: dossier.movementId,
      proposingUnitId: dossier.proposingUnitId,
      periodCode: dossier.periodCode,
      dossierId: dossier.id,
      workplaceUnitId: existing?.workplaceUnitId ?? null,
    });
    const handlers = {
      onSuccess: (n: Nomination) => onSaved(n, target.mode),
      onError: (error: unknown) =>
        setFormError(applyApiErrorToForm(form, error, NOMINATION_FIELD_NAMES)),
    };
    if (target.mode === 'edit') update.mutate({ id: target.id, ...input }, handlers);
    else create.mutate(input, handlers);
  };

  return (
    <Form<NominationValues>
      form={form}
      name={FORM_ID}
      layout="vertical"
      initialValues={initial}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      scrollToFirstError
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
        <Col xs={24} md={10}>
          <Form.Item name="subjectType" label={t.subjectType} rules={[{ required: true }]}>
            <Radio.Group
              optionType="button"
              options={subjects.map((s) => ({ value: s, label: dossiersMessages.subjects[s] }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item
            name="awardFormCode"
            label={t.awardForm}
            rules={[{ required: true, message: t.awardFormRequired }]}
            extra={formOptions.length === 0 ? t.noFormForSubject : undefined}
          >
            <Select
              options={formOptions}
              placeholder={t.awardFormPlaceholder}
              showSearch={{
                filterOption: (input, option) => matchesSearch(String(option?.label ?? ''), input),
              }}
            />
          </Form.Item>
        </Col>
        {person ? (
          <Col xs={24} md={6}>
            <Form.Item name="honorific" label={t.honorific}>
              <AutoComplete
                options={t.honorifics.map((h) => ({ value: h }))}
                placeholder={t.honorificPlaceholder}
              />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={person ? 18 : 24}>
          <Form.Item
            name="fullName"
            label={t.fullName[subject]}
            rules={[{ required: true, whitespace: true, message: t.fullNameRequired }]}
          >
            <Input autoFocus autoComplete="off" />
          </Form.Item>
        </Col>
        {person ? (
          <>
            <Col xs={24} md={6}>
              <Form.Item name="gender" label={t.gender}>
                <Radio.Group
                  options={GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="birthDate" label={t.birthDate} {...isoDateItemProps}>
                <DateInput />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="birthYear" label={t.birthYear}>
                <InputNumber min={1900} max={new Date().getFullYear()} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="ethnicity" label={t.ethnicity}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="position" label={t.position}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        ) : null}
        {subject !== 'tap_the' ? (
          <Col xs={24} md={12}>
            <Form.Item name="workplace" label={person ? t.workplace : t.address}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={24}>
          <Row gutter={16}>
            {person ? (
              <>
                <Col>
                  <Form.Item name="isLeader" valuePropName="checked">
                    <Checkbox>{t.isLeader}</Checkbox>
                  </Form.Item>
                </Col>
                <Col>
                  <Form.Item name="posthumous" valuePropName="checked">
                    <Checkbox disabled={chosenForm ? !chosenForm.allowsPosthumous : false}>
                      {t.posthumous}
                    </Checkbox>
                  </Form.Item>
                </Col>
              </>
            ) : null}
            {subject !== 'ho_gia_dinh' ? (
              <Col>
                <Form.Item name="isEnterprise" valuePropName="checked">
                  <Checkbox>
                    {t.isEnterprise[subject === 'tap_the' ? 'tap_the' : 'ca_nhan']}
                  </Checkbox>
                </Form.Item>
              </Col>
            ) : null}
          </Row>
        </Col>
        {person ? (
          <Col xs={24} md={12}>
            <Form.Item name="idNumber" label={t.idNumber} extra={t.idNumberHint}>
              <Input autoComplete="off" inputMode="numeric" />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={24}>
          <Form.Item name="achievement" label={t.achievement}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="note" label={t.note}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <div className="modal-form-footer">
        <Button onClick={onClose}>{dossiersMessages.cancel}</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t.save}
        </Button>
      </div>
    </Form>
  );
}
