import type { z } from 'zod';
import { appContract } from './app';
import { auditContract } from './audit';
import { backupContract } from './backup';
import type { Result } from './errors';
import { councilDocumentsContract } from './council-documents';
import { councilsContract } from './councils';
import { documentsContract } from './documents';
import { dossiersContract } from './dossiers';
import { exchangeContract } from './exchange';
import { catalogContract, movementsContract } from './movements';
import { quotasContract } from './quotas';
import { reportsContract } from './reports';
import { settingsContract } from './settings';
import { unitsContract } from './units';

/** THE API: every call the UI makes, by name. Both transports serve exactly this. */
export const contract = {
  ...appContract,
  ...settingsContract,
  ...unitsContract,
  ...catalogContract,
  ...movementsContract,
  ...quotasContract,
  ...dossiersContract,
  ...exchangeContract,
  ...councilsContract,
  ...councilDocumentsContract,
  ...documentsContract,
  ...backupContract,
  ...auditContract,
  ...reportsContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What the Electron preload exposes as `window.tdkt`. */
export interface TdktBridge {
  readonly platform: 'electron';
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
}

export type { ApiErrorDto, ErrorCode, ErrorDetails, Result } from './errors';
