import {
  CloseCircleFilled,
  ImportOutlined,
  UploadOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Radio, Table, Tag, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import type { AwardForm } from '../../../../shared/domain/award-form';
import {
  describeImportIssue,
  type CandidateRow,
  type ImportIssue,
  type ImportPreview,
} from '../../../../shared/domain/candidate-list';
import { GENDER_LABELS, birthLabel } from '../../../../shared/domain/nomination';
import { compareVi } from '../../../../shared/text/vietnamese';
import { ImportProgress } from './ImportProgress';
import { dossiersMessages } from './messages.vi';
import type { ExcelImport } from './use-excel-import';

const t = dossiersMessages.import;
type IssueFilter = 'all' | 'error' | 'warning';

/** Errors first, then in the order of the file (sheet, row, column). */
function sortIssues(issues: readonly ImportIssue[]): ImportIssue[] {
  const severity = (i: ImportIssue) => (i.severity === 'error' ? 0 : 1);
  return [...issues].sort(
    (a, b) =>
      severity(a) - severity(b) ||
      compareVi(a.sheet ?? '', b.sheet ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? ''),
  );
}

/** What the server made of the file: sheets, encodings, every problem, quotas, and the rows. */
export function ImportPreviewModal({
  excel,
  preview,
  catalog,
  onCommitted,
}: {
  excel: ExcelImport;
  preview: ImportPreview;
  catalog: readonly AwardForm[];
  onCommitted: (imported: number) => void;
}) {
  const [filter, setFilter] = useState<IssueFilter>('all');
  const issues = useMemo(() => sortIssues(preview.issues), [preview.issues]);
  const shown = filter === 'all' ? issues : issues.filter((i) => i.severity === filter);
  const formName = (code: string) => catalog.find((f) => f.code === code)?.name ?? code;
  const busy = excel.reading || excel.committing;

  const onCommit = async () => {
    const imported = await excel.save();
    if (imported !== null) onCommitted(imported);
  };

  return (
    <Modal
      open
      width={1180}
      title={t.previewTitle(preview.fileName)}
      onCancel={excel.close}
      mask={{ closable: false }}
      className="import-preview"
      footer={
        <Flex justify="space-between" gap={8} wrap>
          <Upload
            showUploadList={false}
            multiple={false}
            disabled={busy}
            beforeUpload={(file) => {
              setFilter('all');
              void excel.read(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} disabled={busy}>
              {t.chooseAgain}
            </Button>
          </Upload>
          <Flex gap={8}>
            <Button onClick={excel.close}>{dossiersMessages.close}</Button>
            <Button
              type="primary"
              icon={<ImportOutlined aria-hidden />}
              disabled={!preview.canCommit || busy}
              loading={excel.committing}
              onClick={() => void onCommit()}
            >
              {t.commit(preview.rows.length)}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text strong className="import-summary">
          {t.summary(preview.rows.length, preview.errorCount, preview.warningCount)}
        </Typography.Text>
        <ImportProgress excel={excel} />
        {excel.error ? (
          <Alert
            type="error"
            showIcon
            title={excel.commitRefused ? t.commitFailed : t.failed}
            description={excel.error}
            closable={{ onClose: excel.clearError }}
            className="import-error"
          />
        ) : null}
        {preview.errorCount > 0 ? (
          <Alert type="error" showIcon title={t.blocked(preview.errorCount)} />
        ) : preview.rows.length === 0 ? (
          <Alert type="warning" showIcon title={t.noRows} />
        ) : (
          <Alert type="success" showIcon title={t.clean} />
        )}

        <section aria-label={t.sheets}>
          <h3 className="import-section-title">{t.sheets}</h3>
          <Flex vertical gap={6}>
            {preview.sheets.map((sheet) => (
              <div key={sheet.name}>
                <Typography.Text>
                  {t.sheetLine(sheet.name, sheet.headerRow, sheet.dataRows)}
                </Typography.Text>
                <Flex gap={4} wrap style={{ marginTop: 4 }}>
                  {sheet.columns.map((c) => (
                    <Tag key={c.column} color={c.field ? 'blue' : 'default'}>
                      {t.columnTag(c.column, c.header)}
                      {c.field ? '' : ` (${t.ignoredColumn})`}
                    </Tag>
                  ))}
                </Flex>
              </div>
            ))}
          </Flex>
        </section>

        {preview.encodings.length > 0 ? (
          <Alert
            type="info"
            showIcon
            title={t.encodings}
            description={
              <ul className="import-list">
                {preview.encodings.map((e) => (
                  <li key={`${e.sheet}-${e.column}`}>
                    {t.encodingLine(
                      e.sheet,
                      e.column,
                      e.columnLabel,
                      t.encodingNames[e.encoding],
                      e.cellCount,
                    )}
                    <ul className="import-examples">
                      {e.examples.map((x) => (
                        <li key={x.before}>{t.encodingExample(x.before, x.after)}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}

        <section aria-label={t.issues}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <h3 className="import-section-title">{t.issues}</h3>
            {issues.length > 0 ? (
              <Radio.Group
                size="small"
                optionType="button"
                aria-label={t.issueFilter}
                value={filter}
                onChange={(e) => setFilter(e.target.value as IssueFilter)}
                options={[
                  { value: 'all', label: t.issueFilterAll(issues.length) },
                  { value: 'error', label: t.issueFilterErrors(preview.errorCount) },
                  { value: 'warning', label: t.issueFilterWarnings(preview.warningCount) },
                ]}
              />
            ) : null}
          </Flex>
          {issues.length === 0 ? (
            <Typography.Text type="secondary">{t.noIssues}</Typography.Text>
          ) : (
            <Table<ImportIssue>
              className="import-issues"
              aria-label={t.issuesLabel}
              size="small"
              rowKey={(i) => `${i.severity}|${i.sheet}|${i.row}|${i.column}|${i.message}`}
              dataSource={shown}
              pagination={false}
              virtual
              scroll={{ y: 240, x: 900 }}
              columns={[
                {
                  key: 'severity',
                  title: t.severityColumn,
                  width: 110,
                  render: (_v, i) =>
                    i.severity === 'error' ? (
                      <Typography.Text type="danger" className="issue-severity">
                        <CloseCircleFilled aria-hidden /> {t.error}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="warning" className="issue-severity">
                        <WarningFilled aria-hidden /> {t.warning}
                      </Typography.Text>
                    ),
                },
                {
                  key: 'message',
                  title: t.issueColumn,
                  width: 790,
                  render: (_v, i) => <span className="issue-text">{describeImportIssue(i)}</span>,
                },
              ]}
            />
          )}
        </section>

        {preview.quotaWarnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t.quotaWarnings}
            description={
              <ul className="import-list">
                {preview.quotaWarnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            }
          />
        ) : null}

        <section aria-label={t.rows(preview.rows.length)}>
          <h3 className="import-section-title">{t.rows(preview.rows.length)}</h3>
          <Table<CandidateRow>
            className="import-rows"
            aria-label={t.rowsLabel}
            size="small"
            rowKey={(r) => `${r.sheet}|${r.row}`}
            dataSource={preview.rows}
            pagination={false}
            virtual
            scroll={{ y: 320, x: 1120 }}
            columns={rowColumns(formName)}
          />
        </section>
      </Flex>
    </Modal>
  );
}

function rowColumns(formName: (code: string) => string) {
  const c = t.rowColumns;
  return [
    {
      key: 'where',
      title: c.where,
      width: 140,
      render: (_v: unknown, r: CandidateRow) => t.rowWhere(r.sheet, r.row),
    },
    {
      key: 'subject',
      title: c.subject,
      width: 100,
      render: (_v: unknown, r: CandidateRow) => dossiersMessages.subjects[r.draft.subjectType],
    },
    {
      key: 'name',
      title: c.name,
      width: 220,
      render: (_v: unknown, r: CandidateRow) =>
        [r.draft.honorific, r.draft.fullName].filter(Boolean).join(' '),
    },
    {
      key: 'gender',
      title: c.gender,
      width: 80,
      render: (_v: unknown, r: CandidateRow) =>
        r.draft.gender ? GENDER_LABELS[r.draft.gender] : '',
    },
    {
      key: 'birth',
      title: c.birth,
      width: 110,
      render: (_v: unknown, r: CandidateRow) => birthLabel(r.draft),
    },
    {
      key: 'position',
      title: c.position,
      width: 150,
      render: (_v: unknown, r: CandidateRow) => r.draft.position,
    },
    {
      key: 'workplace',
      title: c.workplace,
      width: 180,
      render: (_v: unknown, r: CandidateRow) => r.draft.workplace,
    },
    {
      key: 'form',
      title: c.form,
      width: 200,
      render: (_v: unknown, r: CandidateRow) => formName(r.draft.awardFormCode),
    },
    {
      key: 'converted',
      title: c.converted,
      width: 120,
      render: (_v: unknown, r: CandidateRow) => r.converted.join(', '),
    },
  ];
}
