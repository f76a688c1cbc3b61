/**
 * Matching a cell to one of the allowed award forms. Units write form names their own way
 * (abbreviations, "của", "Ủy ban nhân dân" for "UBND", extra words after the name, or fewer), so a
 * cell matches by code, by normalised name, then by containment, and is refused when ambiguous.
 */
import type { SubjectType } from '../../../../shared/domain/award-form';
import { searchKey } from '../../../../shared/text/vietnamese';
import { headerKey } from './text-keys';

export interface ReadAwardForm {
  code: string;
  name: string;
  printName: string;
  subjectTypes: SubjectType[];
  allowsPosthumous: boolean;
}

/** Key for form names: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" ≡ "Bằng khen Chủ tịch UBND tỉnh". */
function formKey(text: string): string {
  return ` ${headerKey(text)} `
    .replace(/ u?y ban nhan dan /g, ' ubnd ')
    .replace(/ cua /g, ' ')
    .replace(/^ bk /, ' bang khen ')
    .replace(/^ gk /, ' giay khen ')
    .replace(/^ hcld /, ' huan chuong lao dong ')
    .replace(/ cstd /g, ' chien si thi dua ')
    .replace(/ ldtt /g, ' lao dong tien tien ')
    .replace(/ ttldxs /g, ' tap the lao dong xuat sac ')
    .replace(/ ttldtt /g, ' tap the lao dong tien tien ')
    .trim();
}

type FormMatch = { form: ReadAwardForm } | { error: string };

export class FormMatcher {
  private readonly cache = new Map<string, FormMatch>();
  private readonly prepared: { form: ReadAwardForm; exact: Set<string>; names: string[] }[];

  constructor(private readonly forms: ReadAwardForm[]) {
    this.prepared = forms.map((form) => {
      const names = [...new Set([formKey(form.name), formKey(form.printName)])].filter(Boolean);
      const exact = new Set([
        searchKey(form.code),
        headerKey(form.code),
        searchKey(form.name),
        searchKey(form.printName),
        ...names,
      ]);
      return { form, exact, names };
    });
  }

  get single(): ReadAwardForm | null {
    return this.forms.length === 1 ? (this.forms[0] ?? null) : null;
  }

  allowedList(): string {
    const names = this.forms.map((f) => f.name);
    return names.length > 8 ? `${names.slice(0, 8).join('; ')}; …` : names.join('; ');
  }

  match(text: string): FormMatch {
    let result = this.cache.get(text);
    if (!result) {
      result = this.compute(text);
      this.cache.set(text, result);
    }
    return result;
  }

  private compute(text: string): FormMatch {
    const raw = searchKey(text);
    const key = formKey(text);
    const exact = this.prepared.filter((p) => p.exact.has(raw) || p.exact.has(key));
    if (exact.length === 1) return { form: exact[0]!.form };
    if (exact.length > 1) return this.ambiguous(text, exact);
    const padded = ` ${key} `;
    // The cell says more than a form name ("… tỉnh Quảng Bình"): the longest contained name wins.
    const contained = this.prepared
      .map((p) => ({
        p,
        len: Math.max(0, ...p.names.filter((n) => padded.includes(` ${n} `)).map((n) => n.length)),
      }))
      .filter((c) => c.len > 0)
      .sort((a, b) => b.len - a.len);
    if (contained.length > 0) {
      const best = contained.filter((c) => c.len === contained[0]!.len);
      return best.length === 1
        ? { form: best[0]!.p.form }
        : this.ambiguous(
            text,
            best.map((c) => c.p),
          );
    }
    // The cell says less ("Bằng khen Chủ tịch tỉnh"): a unique form containing it.
    if (key.length >= 3) {
      const containing = this.prepared.filter((p) =>
        p.names.some((n) => ` ${n} `.includes(padded)),
      );
      if (containing.length === 1) return { form: containing[0]!.form };
      if (containing.length > 1) return this.ambiguous(text, containing);
    }
    return {
      error: `Hình thức “${text}” không có trong danh sách được phép (${this.allowedList()})`,
    };
  }

  private ambiguous(text: string, matches: { form: ReadAwardForm }[]): FormMatch {
    const names = matches.map((m) => m.form.name).join('; ');
    return {
      error: `Hình thức “${text}” khớp với nhiều hình thức (${names}): ghi đầy đủ tên hình thức`,
    };
  }
}
