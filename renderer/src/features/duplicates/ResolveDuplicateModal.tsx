import { Alert, App, Button, Flex, Form, Input, Modal, Radio, Typography, type GetRef } from 'antd';
import { useRef, useState } from 'react';
import type { DuplicatePairView } from '../../../../shared/domain/duplicate';
import { applyApiErrorToForm, clearEditedErrors } from '../../components/api-errors';
import { sideName } from './DuplicatePairCard';
import { duplicatesMessages } from './messages.vi';
import { useResolveDuplicateMutation } from './mutations';

const t = duplicatesMessages.resolve;
const FORM_ID = 'duplicate-resolve';
const FIELD_NAMES = ['keepId', 'reason'] as const;

export interface ResolveTarget {
  pair: DuplicatePairView;
  decision: 'khac_nguoi' | 'gop';
}

interface Values {
  keepId?: number;
  reason?: string;
}

type Side = DuplicatePairView['a'];

/** “Võ Thị Thu Thuỷ — UBND huyện Tuy Phong, số đến 3/2025, Bằng khen …”: enough to tell apart. */
function summary(side: Side): string {
  return [
    sideName(side),
    side.birth,
    side.proposingUnitName,
    side.dossierLabel ? duplicatesMessages.dossierLabel(side.dossierLabel) : null,
    side.awardFormName,
  ]
    .filter(Boolean)
    .join(' — ');
}

/**
 * Settles one pair. “Khác người”: a reason, and the pair is no longer reported. “Gộp”: which one
 * stays, a reason, and the dialog says plainly which nomination will be removed before it is.
 */
export function ResolveDuplicateModal({
  target,
  onClose,
}: {
  target: ResolveTarget;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const { pair, decision } = target;
  const [form] = Form.useForm<Values>();
  const reasonRef = useRef<GetRef<typeof Input.TextArea>>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const resolve = useResolveDuplicateMutation();
  const keepId = Form.useWatch('keepId', form);
  const merging = decision === 'gop';
  const removed = keepId === pair.a.id ? pair.b : keepId === pair.b.id ? pair.a : null;
  const sides = [
    { n: 1 as const, side: pair.a },
    { n: 2 as const, side: pair.b },
  ];

  const onFinish = (values: Values) => {
    setFormError(null);
    const kept = values.keepId === pair.b.id ? pair.b : pair.a;
    resolve.mutate(
      {
        a: pair.a.id,
        b: pair.b.id,
        decision,
        keepId: merging ? (values.keepId ?? null) : null,
        reason: values.reason ?? '',
      },
      {
        onSuccess: () => {
          void message.success(merging ? t.mergeDone(sideName(kept)) : t.notSameDone);
          onClose();
        },
        onError: (error) => setFormError(applyApiErrorToForm(form, error, FIELD_NAMES)),
      },
    );
  };

  return (
    <Modal
      open
      title={merging ? t.mergeTitle : t.notSameTitle}
      width={720}
      onCancel={onClose}
      mask={{ closable: false }}
      afterOpenChange={(open) => {
        if (open && !merging) reasonRef.current?.focus();
      }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.cancel}
        </Button>,
        <Button
          key="submit"
          type="primary"
          danger={merging}
          htmlType="submit"
          form={FORM_ID}
          loading={resolve.isPending}
        >
          {merging ? t.mergeOk : t.notSameOk}
        </Button>,
      ]}
    >
      <Form<Values>
        form={form}
        name={FORM_ID}
        layout="vertical"
        onFinish={onFinish}
        onValuesChange={(changed) => void clearEditedErrors(form, changed)}
        requiredMark
      >
        {formError ? (
          <Alert
            type="error"
            showIcon
            title={t.failed}
            description={formError}
            closable={{ onClose: () => setFormError(null) }}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <Typography.Paragraph>{merging ? t.mergeIntro : t.notSameIntro}</Typography.Paragraph>
        {merging ? (
          <Form.Item
            name="keepId"
            label={t.keep}
            rules={[{ required: true, message: t.keepRequired }]}
          >
            <Radio.Group>
              <Flex vertical gap={8}>
                {sides.map(({ n, side }) => (
                  <Radio key={side.id} value={side.id}>
                    {t.sideSummary(n, summary(side))}
                  </Radio>
                ))}
              </Flex>
            </Radio.Group>
          </Form.Item>
        ) : (
          <ul className="dup-resolve-sides">
            {sides.map(({ n, side }) => (
              <li key={side.id}>{t.sideSummary(n, summary(side))}</li>
            ))}
          </ul>
        )}
        {merging && removed ? (
          <Alert
            type="warning"
            showIcon
            title={t.mergeWarningTitle}
            description={t.mergeWarning(summary(removed))}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form.Item
          name="reason"
          label={t.reason}
          rules={[{ required: true, whitespace: true, message: t.reasonRequired }]}
        >
          <Input.TextArea
            ref={reasonRef}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            placeholder={t.reasonPlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
