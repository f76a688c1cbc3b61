import { Progress, Typography } from 'antd';
import { dossiersMessages } from './messages.vi';
import type { ExcelImport } from './use-excel-import';

const t = dossiersMessages.import;

/** The server's phase and rows read so far, while it reads or imports. */
export function ImportProgress({ excel }: { excel: ExcelImport }) {
  if (!excel.reading && !excel.committing) return null;
  const p = excel.progress;
  const percent = p?.total ? Math.min(100, Math.round((p.done / p.total) * 100)) : undefined;
  return (
    <div className="import-progress" role="status">
      <Typography.Text>
        {excel.committing ? t.committing : t.reading(excel.fileName ?? '')}
        {p ? ` — ${t.progressText(p.phase, p.done, p.total)}` : ''}
      </Typography.Text>
      <Progress
        percent={percent ?? 100}
        status="active"
        showInfo={percent !== undefined}
        aria-label={t.progressLabel}
      />
    </div>
  );
}
