import type { ApiErrorDto, Input, MethodName, Output } from '../../../shared/contract';
import { invoke } from './transport';

/** An API error as the UI handles it: the Vietnamese message is ready to show. */
export class ApiError extends Error {
  readonly code: ApiErrorDto['code'];
  readonly details: ApiErrorDto['details'];
  constructor(dto: ApiErrorDto) {
    super(dto.message);
    this.name = 'ApiError';
    this.code = dto.code;
    this.details = dto.details;
  }
}

/** Typed call of a contract method; throws ApiError with the server's Vietnamese message. */
export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await invoke(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as Output<M>;
}
