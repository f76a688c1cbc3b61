/**
 * Reads a unit's candidate list (danh sách đề nghị khen thưởng) from an .xlsx file (domain.md §4.7, §7).
 *
 * The reader never throws for bad input and never executes anything from the file: every problem is an
 * `ImportIssue` (sheet, Excel row, column letter, header text, Vietnamese message) and `rows` holds only
 * the rows without errors. The caller refuses to commit while any error exists.
 *
 * Stages: workbook-guard.ts (with zip-container.ts) checks the bytes, workbook-plan.ts picks the
 * sheets and rebuilds the zip stream for exceljs's streaming reader, sheet-parser.ts reads each sheet,
 * and this file gathers the result.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ParsedCandidateList } from '../../../../shared/domain/candidate-list';
import { HEADER_SCAN_ROWS } from './headers';
import { ReadContext, type ReadOptions, TooManyRows } from './read-context';
import { MSG, Refusal, fileIssue, refusal } from './refusals';
import { SheetParser } from './sheet-parser';
import { type Plan, planStream, planWorkbook } from './workbook-plan';
import { guardWorkbook } from '../workbook-guard';

export type { ReadAwardForm } from './award-forms';
export { DEFAULT_MAX_ROWS, type ReadOptions } from './read-context';

/**
 * Reads every visible list sheet of an .xlsx file into candidate drafts.
 * Never throws for bad input: problems are issues, and refusals are one error with no rows.
 *
 * @example
 * const parsed = await readCandidateList(bytes, { awardForms: movementForms });
 * if (parsed.issues.some((i) => i.severity === 'error')) showIssues(parsed.issues);
 */
export async function readCandidateList(
  source: Buffer,
  options: ReadOptions,
): Promise<ParsedCandidateList> {
  try {
    if (options.awardForms.length === 0) return refusal(MSG.noForms);
    // The gate for every user .xlsx: nothing reaches exceljs before it (workbook-guard.ts).
    const container = await guardWorkbook(source);
    if ('refusal' in container) return refusal(container.refusal);
    const plan = await planWorkbook(source, container.entries);
    if ('refusal' in plan) return refusal(plan.refusal);
    return await readPlannedSheets(source, plan, options);
  } catch (error) {
    if (error instanceof Refusal) return refusal(error.message);
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    return refusal(`${MSG.corrupt} (Chi tiết kỹ thuật: ${detail})`);
  }
}

async function readPlannedSheets(
  buf: Buffer,
  plan: Plan,
  options: ReadOptions,
): Promise<ParsedCandidateList> {
  const ctx = new ReadContext(options, plan);
  const input = Readable.from(planStream(buf, plan), { objectMode: false });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const parsers: SheetParser[] = [];
  try {
    let index = 0;
    for await (const worksheet of reader) {
      const planned = plan.sheets[index];
      if (!planned) break;
      const parser = new SheetParser(planned.name, index, ctx);
      parsers.push(parser);
      index++;
      for await (const row of worksheet) {
        if (!parser.push(row)) break;
      }
      parser.finish();
    }
  } catch (error) {
    if (error instanceof TooManyRows) return refusal(MSG.tooManyRows(ctx.maxRows));
    throw error;
  }
  if (ctx.dataRows > ctx.maxRows) return refusal(MSG.tooManyRows(ctx.maxRows));

  const withHeader = parsers.filter((p) => p.columns !== null);
  if (withHeader.length === 0) {
    if (ctx.sheetsWithContent === 0) return refusal(MSG.emptyWorkbook);
    const names = parsers.map((p) => `'${p.name}'`).join(', ');
    return refusal(
      `Không tìm thấy dòng tiêu đề danh sách (có cột “Họ và tên” hoặc “Tên tập thể”, “Hình thức khen thưởng”…) trong ${HEADER_SCAN_ROWS} dòng đầu của sheet nào (đã xem: ${names}).`,
    );
  }
  if (ctx.dataRows === 0 && !ctx.issues.some((i) => i.issue.severity === 'error')) {
    ctx.add(-1, 0, fileIssue('error', MSG.noRows));
  }
  ctx.report(ctx.dataRows, ctx.dataRows);
  return finishResult(ctx);
}

function finishResult(ctx: ReadContext): ParsedCandidateList {
  for (const c of ctx.columnEncodings.values()) {
    if (c.legacy.size > 0 && c.unicode > 0) {
      const legacy = [...c.legacy.entries()]
        .map(([enc, n]) => `${n} ô ${enc === 'vni' ? 'VNI' : 'TCVN3'}`)
        .join(', ');
      ctx.add(c.sheetIndex, letterToNumber(c.letter), {
        severity: 'warning',
        sheet: c.sheet,
        row: null,
        column: c.letter,
        columnLabel: c.label,
        message: `Cột “${c.label}” lẫn hai kiểu mã chữ: ${legacy} đã chuyển sang Unicode, ${c.unicode} ô vốn là Unicode — kiểm tra lại các ô đã chuyển`,
      });
    }
    if (new Set([...c.legacy.keys()].map((e) => (e === 'vni' ? 'vni' : 'tcvn3'))).size > 1) {
      ctx.add(c.sheetIndex, letterToNumber(c.letter), {
        severity: 'warning',
        sheet: c.sheet,
        row: null,
        column: c.letter,
        columnLabel: c.label,
        message: `Cột “${c.label}” có cả chữ TCVN3 và VNI: kiểm tra lại các ô đã chuyển`,
      });
    }
  }
  const issues = ctx.issues
    .map((entry, order) => ({ ...entry, order }))
    .sort(
      (a, b) =>
        a.sheetIndex - b.sheetIndex ||
        (a.issue.row ?? 0) - (b.issue.row ?? 0) ||
        a.col - b.col ||
        a.order - b.order,
    )
    .map((entry) => entry.issue);
  const encodings = [...ctx.encodingStats.values()]
    .sort(
      (a, b) =>
        a.sheetIndex - b.sheetIndex ||
        letterToNumber(a.notice.column) - letterToNumber(b.notice.column),
    )
    .map((s) => s.notice);
  return { sheets: ctx.layouts, rows: ctx.rows, issues, encodings };
}

function letterToNumber(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
