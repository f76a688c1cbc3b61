import { sql as m0001 } from './0001-initial';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Forward-only, numbered from 1 without gaps. Never edit an entry once it has shipped: add one. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'initial', sql: m0001 }];
