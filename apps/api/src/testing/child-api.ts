import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { LogLine } from './log-capture';

const API_DIR = path.join(__dirname, '..', '..');

export interface ChildApi {
  process: ChildProcess;
  url: string;
  /** Every JSON line the process wrote on stdout, parsed. */
  lines: LogLine[];
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * Starts the API as `npm start` does (src/main.ts, its own process and logs), on a free port,
 * and resolves when it listens. `env` adds to this process's environment (DATABASE_URL ...).
 */
export function startChildApi(env: Record<string, string>): Promise<ChildApi> {
  const child = spawn(process.execPath, ['-r', path.join(API_DIR, 'test/register-swc.cjs'), path.join(API_DIR, 'src/main.ts')], {
    cwd: API_DIR,
    env: { ...process.env, NODE_ENV: 'development', API_PORT: '0', SEED_DEMO: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  // 'close', not 'exit': the last lines are read by then.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    exited.then((code) => reject(new Error(`the API exited with ${code} before listening: ${stderr.slice(-2000)}`)));
    createInterface({ input: child.stdout! }).on('line', (text) => {
      let line: LogLine;
      try {
        line = JSON.parse(text);
      } catch {
        return; // not a log line (the embedded PostgreSQL's banner)
      }
      lines.push(line);
      if (typeof line.port === 'number' && line.url) resolve({ process: child, url: `http://127.0.0.1:${line.port}/graphql`, lines, exited });
    });
  });
}
