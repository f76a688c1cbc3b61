import {
  CheckOutlined,
  EditOutlined,
  FileExcelOutlined,
  PlusOutlined,
  SearchOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Input,
  Space,
  Switch,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import type { AwardForm } from '../../../../shared/domain/award-form';
import type { DossierDetail } from '../../../../shared/domain/dossier';
import type { Movement } from '../../../../shared/domain/movement';
import { GENDER_LABELS, birthLabel, type Nomination } from '../../../../shared/domain/nomination';
import { call } from '../../api/client';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { errorText } from '../../components/api-errors';
import { QueryError } from '../../components/QueryError';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { downloadFile } from './files';
import { dossiersMessages } from './messages.vi';
import { useDeleteNominationMutation } from './mutations';
import { NominationFormModal, type NominationEditorTarget } from './NominationFormModal';
import { dossierQueries } from './queries';

const t = dossiersMessages.nominations;
const SEARCH_DELAY_MS = 250;
/** Rows are drawn only where the eye is: thousands of rows stay fast. */
const GRID_HEIGHT = 520;

/** The dossier's list (danh sách đề nghị): search, CCCD on demand, add/edit/delete, export. */
export function NominationsCard({
  dossier,
  movement,
  catalog,
}: {
  dossier: DossierDetail & { movementId: number };
  movement: Movement;
  catalog: readonly AwardForm[];
}) {
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [withIdNumber, setWithIdNumber] = useState(false);
  const [exportWithId, setExportWithId] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [editor, setEditor] = useState<NominationEditorTarget | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const remove = useDeleteNominationMutation();

  const query = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const nominations = useQuery({
    ...dossierQueries.nominations({ dossierId: dossier.id, query, withIdNumber }),
    placeholderData: keepPreviousData,
  });

  const onDelete = async (n: Nomination) => {
    setActionError(null);
    try {
      await remove.mutateAsync(n.id);
      void message.success(t.deleted(n.fullName));
    } catch (error) {
      setActionError(errorText(error));
    }
  };

  const onExport = async () => {
    setActionError(null);
    setExporting(true);
    try {
      const file = await call('exports.nominations', {
        dossierId: dossier.id,
        withIdNumber: exportWithId,
      });
      downloadFile(file);
      void message.success(t.exported(file.fileName));
    } catch (error) {
      setActionError(errorText(error));
    } finally {
      setExporting(false);
    }
  };

  const columns = nominationColumns({
    withIdNumber,
    onEdit: (n) => {
      setActionError(null);
      setEditor({ mode: 'edit', id: n.id });
    },
    onDelete: (n) => void onDelete(n),
  });
  const width = columns.reduce((sum, c) => sum + Number(c.width ?? 0), 0);

  return (
    <Card
      size="small"
      className="dossier-nominations"
      title={<h2 className="dossier-card-title">{t.title(dossier.nominationCount)}</h2>}
      extra={
        <Space wrap>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setActionError(null);
              setEditor({ mode: 'create' });
            }}
          >
            {t.add}
          </Button>
          <Button
            icon={<FileExcelOutlined aria-hidden />}
            loading={exporting}
            onClick={() => void onExport()}
          >
            {t.export}
          </Button>
          <Checkbox checked={exportWithId} onChange={(e) => setExportWithId(e.target.checked)}>
            {t.exportWithId}
          </Checkbox>
        </Space>
      }
    >
      <Flex gap={16} align="center" wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} align="center" style={{ flex: '1 1 320px', maxWidth: 520 }}>
          <label htmlFor="nomination-search" style={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
            {t.search}
          </label>
          <Input
            id="nomination-search"
            type="search"
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t.searchPlaceholder}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            autoComplete="off"
          />
        </Flex>
        <Flex gap={8} align="center">
          <Switch
            id="nomination-show-id"
            checked={withIdNumber}
            onChange={setWithIdNumber}
            size="small"
          />
          <label htmlFor="nomination-show-id">{t.showId}</label>
        </Flex>
      </Flex>
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
      {nominations.isError ? (
        <QueryError error={nominations.error} onRetry={() => void nominations.refetch()} />
      ) : (
        <Table<Nomination>
          className="nominations-grid"
          aria-label={t.tableLabel}
          rowKey="id"
          size="small"
          virtual
          scroll={{ y: GRID_HEIGHT, x: width }}
          pagination={false}
          columns={columns}
          dataSource={nominations.data ?? []}
          loading={nominations.isPending || (nominations.isFetching && query !== search.trim())}
          locale={{ emptyText: <Empty description={query ? t.emptySearch : t.empty} /> }}
        />
      )}
      {editor ? (
        <NominationFormModal
          target={editor}
          dossier={dossier}
          movement={movement}
          catalog={catalog}
          onClose={() => setEditor(null)}
          onSaved={(n, mode) => {
            void message.success(
              mode === 'create'
                ? dossiersMessages.nominationForm.created(n.fullName)
                : dossiersMessages.nominationForm.updated(n.fullName),
            );
            setEditor(null);
          }}
        />
      ) : null}
    </Card>
  );
}

function Mark({ on }: { on: boolean }) {
  if (!on) return null;
  return (
    <>
      <CheckOutlined aria-hidden />
      <span className="sr-only">{dossiersMessages.yes}</span>
    </>
  );
}

function nominationColumns({
  withIdNumber,
  onEdit,
  onDelete,
}: {
  withIdNumber: boolean;
  onEdit: (n: Nomination) => void;
  onDelete: (n: Nomination) => void;
}): TableColumnsType<Nomination> {
  const c = t.columns;
  return [
    {
      key: 'index',
      title: c.index,
      width: 56,
      align: 'right',
      render: (_v, _n, i) => i + 1,
    },
    {
      key: 'name',
      title: c.name,
      width: 220,
      render: (_v, n) => (
        <span>
          {n.honorific ? <Typography.Text type="secondary">{n.honorific} </Typography.Text> : null}
          <span className="nomination-name">{n.fullName}</span>
          {n.subjectType !== 'ca_nhan' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              ({dossiersMessages.subjects[n.subjectType]})
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      key: 'gender',
      title: c.gender,
      width: 80,
      render: (_v, n) => (n.gender ? GENDER_LABELS[n.gender] : ''),
    },
    { key: 'birth', title: c.birth, width: 110, render: (_v, n) => birthLabel(n) },
    { key: 'position', title: c.position, width: 150, render: (_v, n) => n.position },
    { key: 'workplace', title: c.workplace, width: 200, render: (_v, n) => n.workplace },
    { key: 'form', title: c.form, width: 200, render: (_v, n) => n.awardFormName },
    {
      key: 'leader',
      title: c.leader,
      width: 80,
      align: 'center',
      render: (_v, n) => <Mark on={n.isLeader} />,
    },
    {
      key: 'posthumous',
      title: c.posthumous,
      width: 84,
      align: 'center',
      render: (_v, n) => <Mark on={n.posthumous} />,
    },
    {
      key: 'source',
      title: c.source,
      width: 140,
      render: (_v, n) => (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {n.source ?? t.manual}
        </Typography.Text>
      ),
    },
    ...(withIdNumber
      ? [
          {
            key: 'idNumber',
            title: c.idNumber,
            width: 130,
            render: (_v: unknown, n: Nomination) => n.idNumber,
          },
        ]
      : []),
    {
      key: 'actions',
      title: c.actions,
      width: 150,
      // Always in reach, however far the grid is scrolled sideways.
      fixed: 'right',
      render: (_v, n) => (
        <Space size={0}>
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
            cancelText={dossiersMessages.cancel}
            onConfirm={() => onDelete(n)}
          />
        </Space>
      ),
    },
  ];
}
