import { defineJob } from '../../../kernel/module';
import type { RequestContext } from '../../../kernel/request-context';
import { inTransaction } from '../../../kernel/transaction';
import { codes, startTestApi, type TestApi } from '../../../testing/harness';
import { makeReseller, makeUser } from '../../../testing/factories';

/** What the fixture jobs saw, per run. */
const seen: { data: unknown; client: string; permissions: number }[] = [];
let failures = 0;

const FIXTURE_JOBS = [
  defineJob<{ customers: number }>({
    name: 'fixture.count',
    key: (d) => `count:${d.customers}`,
    async run({ data, ctx, progress }) {
      for (let done = 1; done <= data.customers; done++) await progress(done, data.customers);
      seen.push({ data, client: ctx.client, permissions: (ctx as RequestContext).permissions.size });
      return { counted: data.customers };
    },
  }),
  defineJob({
    name: 'fixture.flaky',
    retryLimit: 3,
    retryDelaySeconds: 60,
    async run() {
      failures++;
      throw new Error(`carrier API timed out (${failures})`);
    },
  }),
];

let api: TestApi;
let admin: string;
let support: string;
beforeAll(async () => {
  api = await startTestApi({ extraJobs: FIXTURE_JOBS });
  admin = (await makeUser(api.db, 'admin')).token;
  support = (await makeUser(api.db, 'support')).token;
});
afterAll(() => api.teardown());

const JOBS = `query Jobs($filter: JobFilter) { jobs(filter: $filter) { id name state attempts lastError progressDone progressTotal startedAt completedAt } }`;

test('a queued job runs to completion with a system context and reports its progress', async () => {
  const id = await api.jobs.send('fixture.count', { customers: 3 });
  expect(id).toBeTruthy();
  expect(await api.jobs.runNext('fixture.count')).toBe(id);
  expect(seen).toEqual([{ data: { customers: 3 }, client: 'job:fixture.count', permissions: expect.any(Number) }]);
  expect(seen[0].permissions).toBeGreaterThan(40);

  const r = await api.gql(JOBS, { filter: { name: 'fixture.count' } }, { token: admin });
  expect(r.errors).toBeUndefined();
  expect(r.data.jobs).toEqual([
    expect.objectContaining({ id, state: 'COMPLETED', attempts: 0, lastError: null, progressDone: 3, progressTotal: 3 }),
  ]);
  expect(r.data.jobs[0].completedAt).toBeTruthy();
  expect(await api.jobs.runNext('fixture.count')).toBeNull(); // nothing left to run
});

test('a second run with the same key is not queued while the first is waiting', async () => {
  const first = await api.jobs.send('fixture.count', { customers: 7 });
  const second = await api.jobs.send('fixture.count', { customers: 7 });
  expect(first).toBeTruthy();
  expect(second).toBeNull();
  const r = await api.gql(JOBS, { filter: { name: 'fixture.count', states: ['CREATED'] } }, { token: admin });
  expect(r.data.jobs.map((j: { id: string }) => j.id)).toEqual([first]);
  await api.jobs.runNext('fixture.count');
});

test('a failed job is retried later with backoff, and its error is visible', async () => {
  const id = await api.jobs.send('fixture.flaky');
  await api.jobs.runNext('fixture.flaky');
  const r = await api.gql(JOBS, { filter: { name: 'fixture.flaky' } }, { token: admin });
  expect(r.data.jobs).toEqual([expect.objectContaining({ id, state: 'RETRY', lastError: 'carrier API timed out (1)' })]);
  // The retry waits (backoff from 60 s), so it is not handed out again at once.
  expect(await api.jobs.runNext('fixture.flaky')).toBeNull();
  const [row] = await api.db.query(`SELECT start_after > now() + interval '20 seconds' AS later FROM "${api.jobs.schema}".job WHERE id = $1`, [id]);
  expect(row.later).toBe(true);
});

test('a job queued inside a change that rolls back is never queued', async () => {
  await expect(
    inTransaction(api.db, async () => {
      await api.jobs.send('fixture.count', { customers: 99 });
      throw new Error('the change failed half-way');
    }),
  ).rejects.toThrow('half-way');
  expect(await api.jobs.runNext('fixture.count')).toBeNull();

  await inTransaction(api.db, () => api.jobs.send('fixture.count', { customers: 98 }));
  expect(await api.jobs.runNext('fixture.count')).toBeTruthy();
});

test('only admins not limited to a reseller read the jobs', async () => {
  const r = await api.gql(JOBS, {}, { token: support });
  expect(codes(r)).toEqual(['FORBIDDEN']);
  const scopedAdmin = (await makeUser(api.db, 'admin', { resellerId: (await makeReseller(api.db)).id })).token;
  expect(codes(await api.gql(JOBS, {}, { token: scopedAdmin }))).toEqual(['FORBIDDEN']);
  expect((await api.gql(JOBS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

test('filters are validated', async () => {
  const r = await api.gql(JOBS, { filter: { first: 1000 } }, { token: admin });
  expect(codes(r)).toEqual(['BAD_USER_INPUT']);
});
