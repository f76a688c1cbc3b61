import { z } from 'zod';
import { normalizeText } from '../text/vietnamese';

/** A required Vietnamese text field: NFC-normalised and trimmed on the way in. */
export function requiredText(max: number) {
  return z
    .string()
    .transform(normalizeText)
    .pipe(
      z
        .string()
        .min(1, { error: 'Không được để trống' })
        .max(max, { error: `Dài quá ${max} ký tự` }),
    );
}

/** An optional text field: empty text becomes `null`. */
export function optionalText(max: number) {
  return z
    .string()
    .transform(normalizeText)
    .pipe(z.string().max(max, { error: `Dài quá ${max} ký tự` }))
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .transform((value) => value ?? null);
}

/** A text field that may be empty ('' is kept): settings, where blank means "not set yet". */
export function plainText(max: number) {
  return z
    .string()
    .transform(normalizeText)
    .pipe(z.string().max(max, { error: `Dài quá ${max} ký tự` }));
}
