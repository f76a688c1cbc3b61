import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import type { Input, MethodName, Output, Result } from '../../shared/contract';

const SERVE_SCRIPT = fileURLToPath(new URL('../../dist/electron/serve.cjs', import.meta.url));
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;

/**
 * One browser-mode server (`dist/electron/serve.cjs`) on its own temp data dir, as a person would
 * run it. `restart()` stops it and starts it again on the same data (and, if free, the same port).
 */
export class AppServer {
  private child: ChildProcess | null = null;
  private baseUrl = '';
  private readonly output: string[] = [];

  private constructor(
    readonly dataDir: string,
    readonly token: string,
  ) {}

  static async start(dataDir: string): Promise<AppServer> {
    const server = new AppServer(dataDir, randomBytes(18).toString('base64url'));
    await server.launch(0);
    return server;
  }

  /** `http://127.0.0.1:<port>/` */
  get url(): string {
    return this.baseUrl;
  }

  /** The address the server prints for people: the token travels in the fragment. */
  get appUrl(): string {
    return `${this.baseUrl}#token=${this.token}`;
  }

  get port(): number {
    return Number(new URL(this.baseUrl).port);
  }

  /** Everything the server printed, for the report of a failed test. */
  get log(): string {
    return this.output.join('\n');
  }

  async restart(): Promise<void> {
    const port = this.port;
    await this.stop();
    try {
      await this.launch(port);
    } catch {
      // The port can be briefly unavailable after a stop; a new one works as well (use appUrl).
      await this.launch(0);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }

  /** Calls the API directly (to prepare data or check what was stored), like a script would. */
  async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
    const response = await fetch(new URL(`api/${method}`, this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as Result<Output<M>>;
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }

  private launch(port: number): Promise<void> {
    const child = spawn(
      process.execPath,
      [SERVE_SCRIPT, '--data', this.dataDir, '--port', String(port)],
      { env: { ...process.env, TDKT_TOKEN: this.token }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => this.output.push(chunk.trimEnd()));
    return new Promise<void>((resolve, reject) => {
      const fail = (reason: string) => {
        clearTimeout(timer);
        reject(new Error(`Máy chủ không khởi động được (${reason}):\n${this.log}`));
      };
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(`quá ${START_TIMEOUT_MS / 1000} giây`);
      }, START_TIMEOUT_MS);
      child.once('exit', (code) => fail(`thoát với mã ${code}`));
      child.once('error', (error) => fail(error.message));
      // Keep reading stdout for the whole life of the process, or it blocks on a full pipe.
      createInterface({ input: child.stdout }).on('line', (line) => {
        this.output.push(line);
        const match = /^TDKT_URL=(\S+)$/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          this.baseUrl = match[1].endsWith('/') ? match[1] : `${match[1]}/`;
          resolve();
        }
      });
    });
  }
}

/** Console messages that are not failures of the page under test. */
const EXPECTED_CONSOLE_ERRORS = [
  // The API answers refusals with 4xx statuses; Chromium logs each as a console error.
  /^Failed to load resource: the server responded with a status of (400|404|409)/,
];

interface Fixtures {
  /** The server of this test, on a fresh data dir (removed afterwards). */
  server: AppServer;
  /** Where to open the app: `http://127.0.0.1:<port>/#token=…`. */
  appUrl: string;
  /** Fails the test when the page throws or logs an unexpected error (e.g. a CSP violation). */
  pageErrors: void;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  server: async ({}, use, testInfo) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tdkt-e2e-'));
    const server = await AppServer.start(dataDir);
    try {
      await use(server);
    } finally {
      await server.stop();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('server.log', { body: server.log, contentType: 'text/plain' });
      }
      await rm(dataDir, { recursive: true, force: true });
    }
  },
  appUrl: async ({ server }, use) => {
    await use(server.appUrl);
  },
  pageErrors: [
    // Depends on the server so the check runs before the server stops: a query still in flight at
    // the end of a test then fails with "connection refused", which is not the page's fault.
    async ({ page, server: _server }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (!EXPECTED_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) errors.push(text);
      });
      await use();
      expect(errors, 'Lỗi trong trang (pageerror/console.error)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
