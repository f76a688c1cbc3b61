import type { ErrorCode, ErrorDetails } from '../../shared/contract/errors';

/** An error the user should read: a code, a Vietnamese message, and where it happened. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
