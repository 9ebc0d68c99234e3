export function freePort(preferred?: number): Promise<number>;
export function ensureDatabase(serverUrl: string, database: string): Promise<void>;
export function dropDatabase(serverUrl: string, database: string): Promise<void>;
export function startEmbeddedPostgres(opts: {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<{ serverUrl: string; port: number; stop: () => Promise<void> }>;
export function resolveDatabase(opts?: {
  database?: string;
  dataDir?: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<
  | { url: string; embedded: false; stop: () => Promise<void> }
  | { url: string; embedded: true; port: number; requestedPort: number; dataDir: string; stop: () => Promise<void> }
>;
export function createTestDatabase(opts?: {
  prefix?: string;
  log?: (line: string) => void;
}): Promise<{ url: string; teardown: () => Promise<void> }>;
