import { contract, isMethodName, type Handlers, type Result } from '../../shared/contract';
import { describeIssues } from '../../shared/contract/validation';
import { AppError } from '../core/errors';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** Where unexpected errors are reported; the user only sees a generic message. */
  logError?: (method: string, error: unknown) => void;
}

/**
 * The one entry point of both transports: unknown method → error; input parsed by the contract's
 * schema (Vietnamese messages naming the field); handler called; errors returned as values.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const logError = options.logError ?? ((m, e) => console.error(`[${m}]`, e));
  return async (method, rawInput) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: {
          code: 'UNKNOWN_METHOD',
          message: `Không có chức năng “${method}” trong giao diện lập trình.`,
        },
      };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const { message, details } = describeIssues(spec.input, parsed.error);
      return { ok: false, error: { code: 'VALIDATION', message, details } };
    }
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      const value: unknown = await handler(parsed.data);
      return { ok: true, value: spec.output.parse(value) };
    } catch (error) {
      if (error instanceof AppError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.details ? { details: error.details } : {}),
          },
        };
      }
      logError(method, error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message:
            'Đã xảy ra lỗi ngoài dự kiến; dữ liệu không bị thay đổi. Hãy thử lại hoặc báo người hỗ trợ kỹ thuật.',
        },
      };
    }
  };
}
