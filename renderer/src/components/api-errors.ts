import type { FormInstance } from 'antd';
import type { ErrorDetails } from '../../../shared/contract';
import { ApiError } from '../api/client';
import { commonMessages } from './messages.vi';

/** A message a person can read for any thrown value; ApiError messages are already Vietnamese. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return commonMessages.unexpectedError;
}

/**
 * The part of a server message that concerns one field. Validation messages read
 * `Dữ liệu không hợp lệ. “Tên đơn vị” (name): Không được để trống; “Mã đơn vị” (code): …`,
 * so the field's own sentence is cut out; other messages (conflicts) are about that field as a whole.
 */
export function messageForField(message: string, detail: ErrorDetails): string {
  if (detail.message) return detail.message.replace(/\.$/, '');
  if (!detail.field) return message;
  const marker = `(${detail.field}): `;
  const start = message.indexOf(marker);
  if (start < 0) return message;
  const rest = message.slice(start + marker.length);
  const next = rest.indexOf('; “');
  return (next >= 0 ? rest.slice(0, next) : rest).replace(/\.$/, '');
}

/**
 * Puts server errors on the matching form fields (`details[].field`).
 * Returns the message to show elsewhere (an Alert) when some problem has no field in this form,
 * or `null` when every problem is now shown next to its field.
 */
export function applyApiErrorToForm(
  form: FormInstance,
  error: unknown,
  fieldNames: readonly string[],
): string | null {
  if (!(error instanceof ApiError)) return errorText(error);
  const details = error.details ?? [];
  const onFields = details.filter((d) => d.field !== undefined && fieldNames.includes(d.field));
  if (onFields.length === 0) return error.message;
  const byField = new Map<string, string[]>();
  for (const detail of onFields) {
    const field = detail.field ?? '';
    byField.set(field, [...(byField.get(field) ?? []), messageForField(error.message, detail)]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  const first = onFields[0]?.field;
  if (first) form.scrollToField(first);
  return onFields.length === details.length ? null : error.message;
}

/**
 * The leaf paths of what changed (`onValuesChange` gives a sparse copy of the form with only the
 * changed values), so a server error can be dropped from a field as soon as it is edited.
 */
/** A form field's path, as antd names nested fields. */
type FieldPath = (string | number)[];

export function changedPaths(changed: unknown, prefix: FieldPath = []): FieldPath[] {
  if (Array.isArray(changed)) {
    const paths: FieldPath[] = [];
    changed.forEach((item, index) => paths.push(...changedPaths(item, [...prefix, index])));
    return paths;
  }
  if (changed !== null && typeof changed === 'object' && !('$d' in changed)) {
    return Object.entries(changed).flatMap(([key, value]) => changedPaths(value, [...prefix, key]));
  }
  return prefix.length > 0 ? [prefix] : [];
}

/** Drops the errors of the fields just edited; true when some error was dropped. */
export function clearEditedErrors(form: FormInstance, changed: unknown): boolean {
  const stale = changedPaths(changed).filter((name) => form.getFieldError(name).length > 0);
  if (stale.length === 0) return false;
  form.setFields(stale.map((name) => ({ name, errors: [] })));
  return true;
}
