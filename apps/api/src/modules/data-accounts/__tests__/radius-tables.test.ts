import { startTestApi, type TestApi } from '../../../testing/harness';
import { makeCustomer } from '../../../testing/factories';

// The RADIUS contract (radius.ts) holds for any write to data_account / data_package, even SQL
// that bypasses the services: the triggers keep radcheck / radreply / radusergroup in step.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.teardown());

const rows = async (username: string) => ({
  check: await api.db.query('SELECT attribute, op, value FROM radcheck WHERE username = $1 ORDER BY id', [username]),
  reply: await api.db.query('SELECT attribute, op, value FROM radreply WHERE username = $1 ORDER BY id', [username]),
  groups: (await api.db.query('SELECT groupname FROM radusergroup WHERE username = $1', [username])).map((r: any) => r.groupname),
});

test('active, suspended, re-packaged, new speeds and deleted accounts read as the contract says', async () => {
  const c = await makeCustomer(api.db);
  const [p] = await api.db.query(`INSERT INTO data_package (name, download_kbps, upload_kbps, monthly_price_cents) VALUES ('Fibre 50/25', 50000, 25000, 69900) RETURNING id`);
  const [a] = await api.db.query(
    `INSERT INTO data_account (customer_id, username, password_hash, package_id, start_date, static_ip) VALUES ($1, 'thabo@fibre', 'aGFzaA==', $2, '2026-11-01', '10.20.0.7') RETURNING id`,
    [c.id, p.id],
  );
  // Someone else's hand-made row is left alone.
  await api.db.query(`INSERT INTO radcheck (username, attribute, op, value) VALUES ('thabo@fibre', 'Simultaneous-Use', ':=', '1')`);
  expect(await rows('thabo@fibre')).toEqual({
    check: [{ attribute: 'SSHA2-256-Password', op: ':=', value: 'aGFzaA==' }, { attribute: 'Simultaneous-Use', op: ':=', value: '1' }],
    reply: [
      { attribute: 'Mikrotik-Rate-Limit', op: ':=', value: '25000k/50000k' },
      { attribute: 'Framed-IP-Address', op: ':=', value: '10.20.0.7' },
    ],
    groups: ['sightline-active'],
  });

  await api.db.query(`UPDATE data_account SET status = 'suspended' WHERE id = $1`, [a.id]);
  const suspended = await rows('thabo@fibre');
  expect(suspended.check).toEqual(
    expect.arrayContaining([{ attribute: 'Auth-Type', op: ':=', value: 'Reject' }, { attribute: 'SSHA2-256-Password', op: ':=', value: 'aGFzaA==' }]),
  );
  expect(suspended.reply).toEqual([]);
  expect(suspended.groups).toEqual(['sightline-suspended']);

  await api.db.query(`UPDATE data_account SET status = 'active' WHERE id = $1`, [a.id]);
  await api.db.query(`UPDATE data_package SET download_kbps = 100000 WHERE id = $1`, [p.id]);
  expect((await rows('thabo@fibre')).reply[0]).toEqual({ attribute: 'Mikrotik-Rate-Limit', op: ':=', value: '25000k/100000k' });

  await api.db.query(`DELETE FROM customer WHERE id = $1`, [c.id]);
  expect(await rows('thabo@fibre')).toEqual({ check: [], reply: [], groups: [] });
});
