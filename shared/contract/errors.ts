import { z } from 'zod';

export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'DB_TOO_NEW',
  'DB_CORRUPT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Where a problem is: a form field, or a cell of an imported file. */
export const ErrorDetails = z.object({
  field: z.string().optional(),
  /** The sentence about this one place (the top-level message may list several). */
  message: z.string().optional(),
  fieldLabel: z.string().optional(),
  sheet: z.string().optional(),
  row: z.number().int().optional(),
  column: z.string().optional(),
});
export type ErrorDetails = z.infer<typeof ErrorDetails>;

/** Errors travel as values: a Vietnamese message a person can act on, plus where. */
export const ApiErrorDto = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: z.array(ErrorDetails).optional(),
});
export type ApiErrorDto = z.infer<typeof ApiErrorDto>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorDto };
