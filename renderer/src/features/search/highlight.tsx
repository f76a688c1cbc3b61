import type { ReactNode } from 'react';
import { searchKey } from '../../../../shared/text/vietnamese';

/**
 * The folded form of `text` (as `searchKey` folds it) with, for each folded character, the index
 * of the character of `text` it came from, so a match found in the folded text can be marked in
 * the original ("thuy" marks “Thuỷ”).
 */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    // Whitespace is kept (one for one) so positions stay aligned; searchKey would collapse it.
    const key = /\s/.test(char) ? ' ' : searchKey(char);
    for (const k of key) {
      folded += k;
      origin.push(index);
    }
    index += char.length;
  }
  return { folded, origin };
}

/** The words of a query as the server matches them: folded, each one a prefix of a word. */
export function queryWords(query: string): string[] {
  return searchKey(query)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** `text` with every word that starts with one of `words` marked (`<mark>`). */
export function Highlight({ text, words }: { text: string | null; words: readonly string[] }) {
  if (!text) return null;
  if (words.length === 0) return <>{text}</>;
  const { folded, origin } = foldWithMap(text);
  const marked = new Array<boolean>(text.length).fill(false);
  const wordStart = /[a-z0-9]/;
  for (const word of words) {
    let at = folded.indexOf(word);
    while (at >= 0) {
      const before = at === 0 ? '' : (folded[at - 1] ?? '');
      if (!wordStart.test(before)) {
        // Up to where the next folded character starts: a decomposed tone mark goes with its letter.
        const from = origin[at] ?? 0;
        const to = origin[at + word.length] ?? text.length;
        for (let i = from; i < to; i++) marked[i] = true;
      }
      at = folded.indexOf(word, at + 1);
    }
  }
  const parts: ReactNode[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      const piece = text.slice(start, i);
      parts.push(marked[start] ? <mark key={start}>{piece}</mark> : piece);
      start = i;
    }
  }
  return <>{parts}</>;
}
