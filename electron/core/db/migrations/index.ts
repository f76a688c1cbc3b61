import { sql as m0001 } from './0001-initial';
import { sql as m0002 } from './0002-movements';
import { sql as m0003 } from './0003-voting-rules';
import { sql as m0004 } from './0004-dossiers';
import { sql as m0005 } from './0005-councils';
import { sql as m0006 } from './0006-council-voting';
import { sql as m0007 } from './0007-documents';
import { sql as m0008 } from './0008-intake-speed';
import { sql as m0009 } from './0009-audit-log';
import { sql as m0010 } from './0010-certificate-layouts';
import { sql as m0011 } from './0011-decision-authority';

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
  { version: 6, name: 'council-voting', sql: m0006 },
  { version: 7, name: 'documents', sql: m0007 },
  { version: 8, name: 'intake-speed', sql: m0008 },
  { version: 9, name: 'audit-log', sql: m0009 },
  { version: 10, name: 'certificate-layouts', sql: m0010 },
  { version: 11, name: 'decision-authority', sql: m0011 },
];
