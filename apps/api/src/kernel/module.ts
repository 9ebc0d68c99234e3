import type { Permission } from '@sightline/access';
import type { DataSource, EntityManager } from 'typeorm';
import type { RuleFragment } from './rules';
import type { RequestContext } from './request-context';

/** A background job a module declares; run by the jobs module's worker with a system context. */
export interface JobDefinition<Data extends object = Record<string, unknown>> {
  /** Queue name, `<module>.<job>` (e.g. `usage.rollup`). */
  name: string;
  /** Cron expression (UTC) to run it on a schedule, with empty data. */
  schedule?: string;
  /** Retries after a failure, with exponential backoff from `retryDelaySeconds` (default 2, 30). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /**
   * The idempotency key of a run: while a job with the same key is queued or running, sending
   * another is a no-op. Defaults to the JSON of the data.
   */
  key?: (data: Data) => string;
  /** Does the work; must be idempotent (running it twice changes nothing the second time). */
  run: (job: JobRun<Data>) => Promise<unknown>;
}

export interface JobRun<Data> {
  id: string;
  data: Data;
  ctx: RequestContext;
  /** Reports progress (e.g. customers done / total), readable through the `jobs` query. */
  progress: (done: number, total: number) => Promise<void>;
}

/** Declares a job with its data type checked. */
export const defineJob = <Data extends object>(job: JobDefinition<Data>) => job as unknown as JobDefinition;

/** What a probe's mutation gets to build its variables: a customer in scope and an admin client. */
export interface ProbeFixture {
  db: DataSource;
  customerId: string;
  /** Runs a GraphQL document as an administrator (to create what a mutation needs first). */
  asAdmin: (query: string, variables?: Record<string, unknown>) => Promise<any>;
}

/** One mutation of a widget, as the generated permission and isolation tests call it. */
export interface MutationProbe {
  name: string;
  permission: Permission;
  /** The whole operation, e.g. `mutation($input: AddNoteInput!) { addNote(input: $input) { id } }`. */
  document: string;
  variables: (fixture: ProbeFixture) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/**
 * How the generated tests and the bench exercise a widget field of `Customer`: the role
 * matrix, the reseller isolation test, the SQL statement budget and the full-profile query
 * are all built from the probes of the listed modules.
 */
export interface WidgetProbe {
  /** The Customer field, e.g. `notes`. */
  field: string;
  /** The permission that guards it. */
  permission: Permission;
  /** Arguments and selection, as the profile asks for it, e.g. `(first: 20) { id body }`. */
  selection: string;
  /** SQL statements this field adds to a request (its batched loaders), whatever the page size. */
  statements: number;
  mutations?: MutationProbe[];
}

/** Everything a domain module brings; the app lists modules once and derives the rest. */
export interface ModuleDefinition {
  /** Also the namespace of its loaders: `ctx.loaders.<name>`. */
  name: string;
  entities?: Function[];
  /** Its migrations; the app applies every module's in timestamp order. */
  migrations?: Function[];
  resolvers?: Function[];
  rules?: RuleFragment;
  /** Per-request DataLoaders, built once per request. */
  loaders?: (db: DataSource) => object;
  jobs?: JobDefinition[];
  /** Runs on every start after the migrations, in module order (e.g. ensure the default roles). */
  onStart?: (db: DataSource) => Promise<void>;
  /** Adds the module's share of the demo data set (after the modules listed before it). */
  seed?: (demo: DemoSeed) => Promise<void>;
  /**
   * Runs once after every part of the demo set is loaded and indexed, in module order: what
   * sums, rolls up or numbers across all of the module's demo rows (balances, usage rollups).
   */
  seedAfter?: (demo: DemoSeed) => Promise<void>;
  /**
   * Bulk tables (any module's) its `seedAfter` rewrites row by row (a derived balance on every
   * customer): their secondary indexes and foreign keys are built after it, not maintained by it.
   */
  seedAfterWrites?: string[];
  /**
   * Its tables a big seed fills with many rows and looks nothing up in row by row: their keys,
   * secondary indexes and foreign keys are built after the load (kernel/db/bulk-load.ts).
   */
  seedBulkTables?: string[];
  /** Of its bulk tables, those that keep their primary and unique keys: the load relies on them (ON CONFLICT, other tables' keys checked against them). */
  seedKeptKeys?: string[];
  /**
   * Triggers (`table.trigger`) that would refuse the demo's history as it is loaded (lines of
   * invoices approved long ago): disabled for the load and enabled again after it.
   */
  seedLoadTriggers?: string[];
  /** The widget fields it adds to Customer; a widget field without a probe fails a test. */
  probes?: WidgetProbe[];
  /** Mutations that are not part of a widget (create a customer, create a role), tested per role too. */
  actionProbes?: MutationProbe[];
  /** Audit action names it writes, with what users read in the audit trail. */
  auditActions?: Record<string, string>;
}

/** A demo customer as the customers module made it, for the modules that seed after it. */
export interface DemoCustomer {
  id: string;
  /** Position in the demo set (the same on every machine). */
  index: number;
  uk: boolean;
  business: boolean;
  firstName: string;
  lastName: string;
  /** The domain of the customer's own email address. */
  emailDomain: string;
  joinedAt: Date;
  accountManagerName: string | null;
}

/**
 * What the demo seed hands each module, in module order, for one part of the demo set (a range
 * of customers, in one transaction; a big seed loads several parts side by side): how many
 * customers to make from which position, a deterministic seed, and the customers made so far.
 * In `seedAfter`, `made` holds every customer the seed made.
 */
export interface DemoSeed {
  em: EntityManager;
  customers: number;
  /** Position in the demo set of the first customer this part makes. */
  first: number;
  seed: number;
  /** Filled by the customers module; empty when no new customers were made. */
  made: DemoCustomer[];
  /** True when customers existed already and the seed only ensures the demo logins. */
  loginsOnly: boolean;
  /**
   * Runs one statement that hands out what parts loading side by side must not share (invoice
   * numbers), committed at once so no part waits on another's transaction. In a seed of one
   * part it runs in that part's transaction.
   */
  claim: <R = Record<string, unknown>>(sql: string, params: unknown[]) => Promise<R[]>;
}

/** Declares a module (typed; no behaviour). */
export const defineModule = <const M extends ModuleDefinition>(module: M): M => module;
