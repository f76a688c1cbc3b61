import { sql as m0001 } from './0001-initial';
import { sql as m0002 } from './0002-movements';
import { sql as m0003 } from './0003-voting-rules';
import { sql as m0004 } from './0004-dossiers';
import { sql as m0005 } from './0005-councils';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Forward-only, numbered from 1 without gaps. Never edit an entry once it has shipped: add one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: m0001 },
  { version: 2, name: 'movements', sql: m0002 },
  { version: 3, name: 'voting-rules', sql: m0003 },
  { version: 4, name: 'dossiers', sql: m0004 },
  { version: 5, name: 'councils', sql: m0005 },
];
