/**
 * Comparison keys for labels, cell words and sheet names. Kept apart so that headers, cell values,
 * subjects and the workbook plan can share them without depending on one another.
 */
import { searchKey } from '../../../../shared/text/vietnamese';

/** Lower case, no marks, đ→d, punctuation → space, single spaces. */
export function headerKey(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function compactKey(text: string): string {
  return headerKey(text).replace(/ /g, '');
}
