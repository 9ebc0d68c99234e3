import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { radiusPasswordHash } from '../data-accounts';
import { startStubNas, type StubNas } from './stub-nas';

// Records the probes and tests of this module make directly in SQL (data accounts belong to
// the data-accounts module; the triggers there keep the FreeRADIUS tables in step).

const tag = () => randomBytes(4).toString('hex');

/** A package (cap in bytes, null = uncapped) and an account on it for `customerId`. */
export async function makeDataAccount(
  db: DataSource,
  customerId: string,
  opts: { username?: string; password?: string; capBytes?: number | null; status?: 'active' | 'suspended' | 'cancelled'; downloadKbps?: number; uploadKbps?: number } = {},
) {
  const [pkg] = await db.query(
    `INSERT INTO data_package (name, download_kbps, upload_kbps, data_cap_bytes, monthly_price_cents) VALUES ($1, $2, $3, $4, 49900) RETURNING id`,
    [`Usage test ${tag()}`, opts.downloadKbps ?? 20_000, opts.uploadKbps ?? 10_000, opts.capBytes ?? null],
  );
  const username = opts.username ?? `usage-${tag()}@wisp.test`;
  const [account] = await db.query(
    `INSERT INTO data_account (customer_id, username, password_hash, package_id, status, start_date)
     VALUES ($1, $2, $3, $4, $5, current_date) RETURNING id`,
    [customerId, username, radiusPasswordHash(opts.password ?? 'secret-pass'), pkg.id, opts.status ?? 'active'],
  );
  return { id: account.id as string, username, packageId: pkg.id as string };
}

/** An open accounting session as FreeRADIUS's Start query writes it. */
export async function openSession(
  db: DataSource,
  username: string,
  opts: { nas?: string; startedAt?: Date; updatedAt?: Date; up?: number; down?: number } = {},
): Promise<string> {
  const started = opts.startedAt ?? new Date(Date.now() - 3_600_000);
  const [row] = await db.query(
    `INSERT INTO radacct (acctsessionid, acctuniqueid, username, nasipaddress, nasporttype, acctstarttime, acctupdatetime,
                          acctinputoctets, acctoutputoctets, callingstationid, framedipaddress, framedprotocol)
     VALUES ($1, $2, $3, $4, 'Ethernet', $5, $6, $7, $8, 'AA:BB:CC:DD:EE:01', '100.64.1.20', 'PPP') RETURNING radacctid::text AS id`,
    [tag(), tag() + tag(), username, opts.nas ?? '127.0.0.1', started, opts.updatedAt ?? started, opts.up ?? 0, opts.down ?? 0],
  );
  return row.id;
}

let probeNas: Promise<StubNas> | null = null;

/** A stub NAS on 127.0.0.1 that ACKs, listed in the nas table with its CoA port (one per process). */
export async function ackingNas(db: DataSource): Promise<StubNas> {
  probeNas ??= startStubNas('probe-nas-secret', 'ack');
  const nas = await probeNas;
  await db.query(`DELETE FROM nas WHERE nasname = '127.0.0.1'`);
  await db.query(`INSERT INTO nas (nasname, shortname, type, secret, coa_port) VALUES ('127.0.0.1', 'probe-nas', 'other', 'probe-nas-secret', $1)`, [nas.port]);
  return nas;
}
