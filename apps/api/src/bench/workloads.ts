// The workloads of the three-way bench (the API, PostGraphile 4, the SQL floor): what each
// contender sends for one request, and the inputs they cycle through.
import type { DataSource } from 'typeorm';
import { encodeCursor } from '../kernel/pagination';
import type { StatementReading } from './load';
import { postForStatements, type RunningApi } from './api-process';
import type { FloorRequest } from './floor-queries';
import { API_LIST_QUERY, POSTGRAPHILE_LIST_QUERY, POSTGRAPHILE_PROFILE_QUERY, POSTGRAPHILE_SEARCH_QUERY } from './peer-queries';
import { PROFILE_QUERY } from './queries';

export type ContenderName = 'API' | 'PostGraphile' | 'floor';
export const CONTENDERS: ContenderName[] = ['API', 'PostGraphile', 'floor'];

export interface Workload {
  name: string;
  concurrency: number;
  /** One request per contender; each resolves to the SQL statements it took. */
  tasks: Record<ContenderName, () => Promise<StatementReading>>;
  /** Before each measured run: every contender of a round replays the same inputs. */
  restart(round: number): void;
}

/** What the workloads read from the data set once. */
export interface BenchInputs {
  ids: string[];
  /** The row 100 from the end in list order: the deep page starts after it. */
  deep: { name: string; id: string; postgraphileCursor: string };
  terms: Record<SearchKind, string[]>;
}

export type SearchKind = '1-2 letters' | 'common surname' | 'rare surname' | 'account number' | 'email' | 'phone';

/** Inputs in a fixed order, read round-robin; `restart` replays from a round's own start. */
function cycle<T>(items: readonly T[]) {
  let i = 0;
  return { next: () => items[i++ % items.length], restart: (round: number) => (i = (round * 397) % items.length) };
}

/** The inputs, from the data set (search terms picked so every kind has several). */
export async function readInputs(db: DataSource, customers: number): Promise<Omit<BenchInputs, 'deep'> & { deepOffset: number }> {
  const ids = (await db.query('SELECT id FROM customer ORDER BY md5(id::text) LIMIT 2000')).map((r: { id: string }) => r.id);
  const surnames = `SELECT s FROM (SELECT split_part(name, ' ', 2) AS s, count(*) AS n FROM customer
                     WHERE name ~ '^[A-Z][a-z]+ [A-Z][a-z]+$' GROUP BY 1) x
                    WHERE s NOT IN ('Ltd', 'Inc', 'Group', 'LLC', 'CC')`;
  const pick = async (sql: string) => (await db.query(sql)).map((r: { t: string }) => r.t) as string[];
  const sample = `FROM customer ORDER BY md5(id::text || 'terms') LIMIT 5`;
  const terms: Record<SearchKind, string[]> = {
    '1-2 letters': ['a', 'ma', 'j', 'st', 'be'],
    'common surname': await pick(`SELECT s AS t FROM (${surnames} ORDER BY n DESC, s LIMIT 5) y`),
    'rare surname': await pick(`SELECT s AS t FROM (${surnames} ORDER BY n, s LIMIT 5) y`),
    'account number': await pick(`SELECT account_number AS t ${sample}`),
    email: await pick(`SELECT emails[1] AS t FROM (SELECT emails ${sample}) e WHERE emails[1] IS NOT NULL`),
    phone: await pick(`SELECT phone AS t FROM (SELECT phone ${sample}) p WHERE phone IS NOT NULL`),
  };
  return { ids, terms, deepOffset: Math.max(0, customers - 100) };
}

export interface Endpoints {
  api: RunningApi;
  postgraphile: string;
  floor: string;
}

export function buildWorkloads(inputs: BenchInputs, at: Endpoints, profileLevels: number[]): Workload[] {
  const api = (query: string, variables: object) => postForStatements(at.api.endpoint, { query, variables }, at.api.token);
  const pg = (query: string, variables: object) => postForStatements(at.postgraphile, { query, variables });
  const floor = (query: FloorRequest['query'], params: unknown[]) => postForStatements(at.floor, { query, params });
  const workloads: Workload[] = [];

  const ids = cycle(inputs.ids);
  for (const concurrency of profileLevels) {
    workloads.push({
      name: `profile customer(id), c=${concurrency}`,
      concurrency,
      restart: ids.restart,
      tasks: {
        API: () => api(PROFILE_QUERY, { id: ids.next() }),
        PostGraphile: () => pg(POSTGRAPHILE_PROFILE_QUERY, { id: ids.next() }),
        floor: () => floor('profile', [ids.next()]),
      },
    });
  }

  const first = { name: '', id: '00000000-0000-0000-0000-000000000000' };
  const apiDeep = encodeCursor([inputs.deep.name, inputs.deep.id]);
  for (const [label, after] of [['first page', null], ['deep page', 'deep']] as const) {
    workloads.push({
      name: `list customers(first: 50), ${label}`,
      concurrency: 1,
      restart: () => {},
      tasks: {
        API: () => api(API_LIST_QUERY, { first: 50, after: after && apiDeep }),
        PostGraphile: () => pg(POSTGRAPHILE_LIST_QUERY, { first: 50, after: after && inputs.deep.postgraphileCursor }),
        floor: () => floor('listPage', after ? [inputs.deep.name, inputs.deep.id] : [first.name, first.id]),
      },
    });
  }

  for (const [kind, terms] of Object.entries(inputs.terms) as [SearchKind, string[]][]) {
    const t = cycle(terms);
    workloads.push({
      name: `search ${kind} (${terms.slice(0, 3).map((x) => `"${x}"`).join(', ')}…)`,
      concurrency: 1,
      restart: t.restart,
      tasks: {
        API: () => api(API_LIST_QUERY, { first: 50, filter: { search: t.next() } }),
        PostGraphile: () => pg(POSTGRAPHILE_SEARCH_QUERY, { first: 50, term: t.next() }),
        floor: () => {
          const term = t.next().trim().toLowerCase();
          return term.length < 3 ? floor('searchPrefix', [term]) : floor('searchText', [term]);
        },
      },
    });
  }
  return workloads;
}
