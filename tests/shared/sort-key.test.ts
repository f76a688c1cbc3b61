import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viSortKey } from '../../shared/text/sort-key';
import { compareVi } from '../../shared/text/vietnamese';

const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('viSortKey', () => {
  it('orders the 29-letter alphabet like the Vietnamese collation', () => {
    const words = ['ơi', 'ô', 'o', 'đa', 'da', 'ư', 'u', 'ê', 'e', 'â', 'ă', 'a', 'b', 'y', 'x'];
    const byKey = [...words].sort((a, b) => binary(viSortKey(a), viSortKey(b)));
    expect(byKey).toEqual([
      'a',
      'ă',
      'â',
      'b',
      'da',
      'đa',
      'e',
      'ê',
      'o',
      'ô',
      'ơi',
      'u',
      'ư',
      'x',
      'y',
    ]);
  });

  it('makes tones a secondary difference: base letters of the whole word win first', () => {
    // "bà" < "ba" would be wrong; "bá" before "bac" because the letters decide before the tone.
    const words = ['bac', 'bá', 'bà', 'ba', 'bả', 'bã', 'bạ'];
    const byKey = [...words].sort((a, b) => binary(viSortKey(a), viSortKey(b)));
    expect(byKey).toEqual(['ba', 'bà', 'bả', 'bã', 'bá', 'bạ', 'bac']);
  });

  it('agrees with Intl.Collator("vi") on lower-case Vietnamese words', () => {
    const letters = [
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ',
    ];
    const word = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(Math.sign(binary(viSortKey(a), viSortKey(b)))).toBe(Math.sign(compareVi(a, b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same key to NFC and NFD input', () => {
    expect(viSortKey('Nguyễn Thị Thủy'.normalize('NFD'))).toBe(viSortKey('Nguyễn Thị Thủy'));
  });
});
