import { describe, expect, it } from 'vitest';
import {
  compareVi,
  matchesSearch,
  normalizeText,
  searchKey,
  sortVi,
} from '../../shared/text/vietnamese';

describe('normalizeText', () => {
  it('turns NFD into NFC and collapses whitespace, NBSP included', () => {
    const nfd = 'Nguye\u0302\u0303n\u00a0\u00a0Văn   An '.normalize('NFD');
    const out = normalizeText(nfd);
    expect(out).toBe('Nguyễn Văn An');
    expect(out).toBe(out.normalize('NFC'));
  });
});

describe('searchKey', () => {
  it('drops marks, lowers case and folds đ to d', () => {
    expect(searchKey('Trường THCS Nguyễn Du')).toBe('truong thcs nguyen du');
    expect(searchKey('ĐẶNG Đức')).toBe('dang duc');
  });
  it('gives the same key for NFC, NFD and old/new tone placement', () => {
    expect(searchKey('Thuỷ'.normalize('NFD'))).toBe(searchKey('Thủy'));
    expect(searchKey('hoá')).toBe(searchKey('hóa'));
  });
  it('folds the Icelandic Eth look-alike of Đ', () => {
    expect(searchKey('\u00d0ỗ Ðức')).toBe('do duc');
  });
  it('matches without marks and with d for đ', () => {
    expect(matchesSearch('Xã Phan Dũng', 'phan dung')).toBe(true);
    expect(matchesSearch('Huyện Đức Linh', 'duc linh')).toBe(true);
    expect(matchesSearch('Huyện Đức Linh', 'đuc')).toBe(true);
    expect(matchesSearch('Huyện Tuy Phong', 'bac binh')).toBe(false);
  });
});

describe('Vietnamese collation', () => {
  it('orders letters a ă â … d đ … o ô ơ', () => {
    const sorted = sortVi(['đá', 'ơi', 'bé', 'ăn', 'ốc', 'an', 'âm', 'dê', 'ong'], (s) => s);
    expect(sorted).toEqual(['an', 'ăn', 'âm', 'bé', 'dê', 'đá', 'ong', 'ốc', 'ơi']);
  });
  it('puts base letters across the word before tones', () => {
    // "Bà Rịa" vs "Ba Tri": the 'r' < 't' difference wins over the tone on "Bà"
    expect(compareVi('Bà Rịa', 'Ba Tri')).toBeLessThan(0);
  });
  it('sorts numbers naturally', () => {
    expect(sortVi(['Phường 10', 'Phường 2', 'Phường 1'], (s) => s)).toEqual([
      'Phường 1',
      'Phường 2',
      'Phường 10',
    ]);
  });
});
