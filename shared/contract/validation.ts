import { z } from 'zod';
import type { ErrorDetails } from './errors';

// zod ships Vietnamese messages; every validation error the user sees is in Vietnamese.
z.config(z.locales.vi());

/** The `title` given with `.meta()` to the field at `path` (or its nearest titled parent). */
export function fieldLabel(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let current: z.ZodType | undefined = schema;
  let label: string | undefined;
  for (const key of path) {
    const inner: z.ZodType = unwrap(current);
    if (inner instanceof z.ZodObject && typeof key === 'string') {
      current = (inner.shape as Record<string, z.ZodType | undefined>)[key];
    } else if (inner instanceof z.ZodArray) {
      current = inner.element as z.ZodType;
    } else {
      return label;
    }
    if (!current) return label;
    label = titleOf(current) ?? titleOf(unwrap(current)) ?? label;
  }
  return label;
}

function titleOf(schema: z.ZodType): string | undefined {
  const meta = z.globalRegistry.get(schema);
  return typeof meta?.title === 'string' ? meta.title : undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodNullable ||
      current instanceof z.ZodDefault
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

/** One Vietnamese sentence per problem, naming the field as the form names it. */
export function describeIssues(
  schema: z.ZodType,
  error: z.ZodError,
): { message: string; details: ErrorDetails[] } {
  const details: ErrorDetails[] = [];
  const sentences: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    const label = issue.path.length > 0 ? fieldLabel(schema, issue.path) : undefined;
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `Trường không được nhận: ${issue.keys.join(', ')}`;
    }
    const where = label ? `“${label}” (${field})` : field ? `“${field}”` : '';
    sentences.push(where ? `${where}: ${message}` : message);
    details.push({
      ...(field ? { field } : {}),
      ...(label ? { fieldLabel: label } : {}),
      message,
    });
  }
  return { message: `Dữ liệu không hợp lệ. ${sentences.join('; ')}.`, details };
}
