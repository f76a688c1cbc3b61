import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Result,
  Row,
  Skeleton,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { AwardForm } from '../../../../shared/domain/award-form';
import { formatDateVi } from '../../../../shared/domain/dates';
import {
  DOSSIER_TRANSITIONS,
  type DossierDetail,
  type DossierStatus,
} from '../../../../shared/domain/dossier';
import { DOSSIER_STATUS_LABELS } from '../../../../shared/domain/dossier-labels';
import type { Movement } from '../../../../shared/domain/movement';
import { ApiError } from '../../api/client';
import { PATHS } from '../../app/paths';
import { hrefFor, navigate } from '../../app/use-hash-route';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { errorText } from '../../components/api-errors';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { catalogQueries } from '../catalog/queries';
import { movementQueries } from '../movements/queries';
import { unitQueries } from '../units/queries';
import { ChecklistCard } from './ChecklistCard';
import { DossierFormModal } from './DossierFormModal';
import { FilesCard } from './FilesCard';
import { ImportCard } from './ImportCard';
import { dossiersMessages } from './messages.vi';
import { useDeleteDossierMutation } from './mutations';
import { NominationsCard } from './NominationsCard';
import { dossierQueries } from './queries';
import { SectionCrumbs } from './SectionCrumbs';
import { QuotaAlerts } from './QuotaAlerts';
import { StatusModal } from './StatusModal';
import { STATUS_COLORS, StatusTag } from './StatusTag';

const t = dossiersMessages.detail;

const withMovement = (d: DossierDetail): d is DossierDetail & { movementId: number } =>
  d.movementId !== null;

/** `#/ho-so/12`: one dossier — status, checklist, files, the Excel import and the list. */
export function DossierDetailPage({ id }: { id: number }) {
  const dossier = useQuery(dossierQueries.detail(id));
  const awardForms = useQuery(catalogQueries.awardForms());
  const movementId = dossier.data?.movementId ?? null;
  const movement = useQuery({
    ...movementQueries.detail(movementId ?? 0),
    enabled: movementId !== null,
  });

  if (dossier.error instanceof ApiError && dossier.error.code === 'NOT_FOUND') {
    return <DossierNotFound />;
  }
  const failed = dossier.error ?? awardForms.error ?? movement.error;
  if (failed) {
    return (
      <>
        <PageHeader title={dossiersMessages.title} />
        <QueryError
          error={failed}
          onRetry={() => {
            void dossier.refetch();
            void awardForms.refetch();
            void movement.refetch();
          }}
        />
      </>
    );
  }
  if (!dossier.data || !awardForms.data || (movementId !== null && !movement.data)) {
    return (
      <>
        <PageHeader title={dossiersMessages.title} />
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }
  return (
    <DossierScreen
      dossier={dossier.data}
      catalog={awardForms.data}
      movement={movementId !== null ? (movement.data ?? null) : null}
    />
  );
}

export function DossierNotFound() {
  return (
    <Result
      status="404"
      title={<h1 style={{ fontSize: 24, margin: 0 }}>{t.notFound}</h1>}
      subTitle={t.notFoundBody}
      extra={
        <Button type="primary" href={hrefFor(PATHS.dossiers)}>
          {t.back}
        </Button>
      }
    />
  );
}

function DossierScreen({
  dossier,
  catalog,
  movement,
}: {
  dossier: DossierDetail;
  catalog: readonly AwardForm[];
  movement: Movement | null;
}) {
  const { message } = App.useApp();
  const [moving, setMoving] = useState<DossierStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const remove = useDeleteDossierMutation();
  const incoming = dossiersMessages.incoming(dossier.incomingNumber, dossier.year);
  const next = DOSSIER_TRANSITIONS[dossier.status];

  const onDelete = async () => {
    setActionError(null);
    try {
      await remove.mutateAsync(dossier.id);
      void message.success(t.deleted(incoming));
      navigate(PATHS.dossiers);
    } catch (error) {
      setActionError(errorText(error));
    }
  };

  return (
    <>
      <SectionCrumbs current={t.title(incoming)} />
      <PageHeader
        title={`${t.title(incoming)} — ${dossier.proposingUnitName}`}
        description={
          <Flex gap={8} wrap align="center" component="span" className="dossier-header-line">
            <StatusTag status={dossier.status} />
            <span>
              {t.received}: {formatDateVi(dossier.receivedDate)}
            </span>
            <LateNote dossier={dossier} movement={movement} />
          </Flex>
        }
        extra={
          <>
            <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
              {t.edit}
            </Button>
            <ConfirmDeleteButton
              text={t.delete}
              label={t.deleteLabel(incoming)}
              confirmTitle={t.deleteConfirmTitle}
              confirmBody={<div style={{ maxWidth: 360 }}>{t.deleteConfirmBody(incoming)}</div>}
              cancelText={dossiersMessages.cancel}
              onConfirm={() => void onDelete()}
            />
          </>
        }
      />

      {actionError ? (
        <Alert
          type="error"
          showIcon
          title={t.actionFailed}
          description={actionError}
          closable={{ onClose: () => setActionError(null) }}
          style={{ marginBottom: 16 }}
        />
      ) : null}

      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={12} align="center" wrap>
          <Typography.Text strong id="dossier-transitions">
            {t.transitionsLabel}:
          </Typography.Text>
          {next.length === 0 ? (
            <Typography.Text type="secondary">{t.noTransition}</Typography.Text>
          ) : (
            <Flex gap={8} wrap role="group" aria-labelledby="dossier-transitions">
              {next.map((status) => (
                <Button
                  key={status}
                  className={`status-button status-button-${STATUS_COLORS[status]}`}
                  danger={status === 'tra_lai'}
                  aria-label={t.moveTo(DOSSIER_STATUS_LABELS[status])}
                  onClick={() => setMoving(status)}
                >
                  {DOSSIER_STATUS_LABELS[status]}
                </Button>
              ))}
            </Flex>
          )}
          {dossier.statusReason ? (
            <Typography.Text type="secondary">
              {t.statusReason}: {dossier.statusReason}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>

      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <InfoCard dossier={dossier} catalog={catalog} movement={movement} />
            <FilesCard dossier={dossier} />
          </Flex>
        </Col>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <ChecklistCard dossier={dossier} />
            <ImportCard dossier={dossier} catalog={catalog} />
          </Flex>
        </Col>
      </Row>

      {withMovement(dossier) && movement ? (
        <Flex vertical gap={16}>
          <QuotaAlerts dossier={dossier} />
          <NominationsCard dossier={dossier} movement={movement} catalog={catalog} />
        </Flex>
      ) : (
        <Alert type="info" showIcon title={dossiersMessages.nominations.noMovement} />
      )}

      {moving ? (
        <StatusModal
          dossier={dossier}
          status={moving}
          onClose={() => setMoving(null)}
          onDone={(saved) => {
            void message.success(dossiersMessages.status.done(DOSSIER_STATUS_LABELS[saved.status]));
            setMoving(null);
          }}
        />
      ) : null}
      {editing ? (
        <EditDossier dossier={dossier} catalog={catalog} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
}

/** “Nộp muộn 3 ngày so với hạn nộp hồ sơ (30/11/2021)”, naming the plan's deadline it used. */
function LateNote({ dossier, movement }: { dossier: DossierDetail; movement: Movement | null }) {
  if (!movement) return null;
  if (!dossier.deadline) {
    return <Typography.Text type="secondary">{t.noDeadline}</Typography.Text>;
  }
  const source = movement.deadlines.find(
    (d) => d.kind === 'nop_ho_so' && d.date === dossier.deadline,
  );
  const clause = source?.clause ?? null;
  const date = formatDateVi(dossier.deadline);
  const text =
    dossier.daysLate > 0 ? t.late(dossier.daysLate, date, clause) : t.onTime(date, clause);
  const note = source
    ? [t.deadlineSource(source.label), source.inclusive ? '' : t.deadlineExclusive]
        .filter(Boolean)
        .join(' ')
    : null;
  const body = (
    <Tag color={dossier.daysLate > 0 ? 'red' : 'green'} className="dossier-late">
      {text}
    </Tag>
  );
  return note ? (
    <Tooltip title={note}>
      <span tabIndex={0}>{body}</span>
    </Tooltip>
  ) : (
    body
  );
}

function InfoCard({
  dossier,
  catalog,
  movement,
}: {
  dossier: DossierDetail;
  catalog: readonly AwardForm[];
  movement: Movement | null;
}) {
  const formName = (code: string) => catalog.find((f) => f.code === code)?.name ?? code;
  const period = dossier.periodCode
    ? (movement?.periods.find((p) => p.code === dossier.periodCode)?.name ?? dossier.periodCode)
    : null;
  const document = dossiersMessages.register.documentLine(
    dossier.documentNumber,
    formatDateVi(dossier.documentDate),
  );
  return (
    <Card size="small" title={<h2 className="dossier-card-title">{t.infoTitle}</h2>}>
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'received', label: t.received, children: formatDateVi(dossier.receivedDate) },
          { key: 'document', label: t.document, children: document || dossiersMessages.none },
          {
            key: 'movement',
            label: t.movement,
            children: dossier.movementTitle ?? dossiersMessages.none,
          },
          ...(period ? [{ key: 'period', label: t.period, children: period }] : []),
          {
            key: 'procedure',
            label: t.procedure,
            children: dossiersMessages.procedures[dossier.procedure],
          },
          {
            key: 'forms',
            label: t.forms,
            children: dossier.awardFormCodes.map(formName).join('; '),
          },
          ...(dossier.note ? [{ key: 'note', label: t.note, children: dossier.note }] : []),
        ]}
      />
      {dossier.history.length > 0 ? (
        <>
          <h3 className="dossier-subtitle">{t.history}</h3>
          <Timeline
            className="dossier-history"
            items={dossier.history.map((h, i) => ({
              key: `${h.at}-${i}`,
              color: STATUS_COLORS[h.status],
              content: (
                <span>
                  <strong>{DOSSIER_STATUS_LABELS[h.status]}</strong> — {formatDateVi(h.date)}
                  {h.reason ? `: ${h.reason}` : ''}
                </span>
              ),
            }))}
          />
        </>
      ) : null}
    </Card>
  );
}

function EditDossier({
  dossier,
  catalog,
  onClose,
}: {
  dossier: DossierDetail;
  catalog: readonly AwardForm[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const units = useQuery(unitQueries.list());
  const movements = useQuery(movementQueries.list());
  if (!units.data || !movements.data) return null;
  return (
    <DossierFormModal
      target={{ mode: 'edit', dossier }}
      units={units.data}
      movements={movements.data}
      awardForms={catalog}
      onClose={onClose}
      onSaved={() => {
        void message.success(dossiersMessages.form.updated);
        onClose();
      }}
    />
  );
}
