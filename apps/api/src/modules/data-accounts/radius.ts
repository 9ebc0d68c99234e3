/**
 * The RADIUS contract: what FreeRADIUS 3's SQL module (rlm_sql, PostgreSQL dialect) reads.
 * The tables have the columns FreeRADIUS ships in raddb/mods-config/sql/main/postgresql/schema.sql
 * and are maintained by statement-level triggers on data_account and data_package (migration
 * RadiusAuthorisation), so every change — a mutation, the package-change job, a bulk suspend,
 * a deleted customer, the demo seed — updates them in its own transaction. Per username:
 *
 *   radcheck      SSHA2-256-Password := base64(sha256(password ‖ salt) ‖ salt)   every account (PAP only)
 *                 Auth-Type := Reject                                          suspended or cancelled
 *   radreply      Mikrotik-Rate-Limit := "<upload>k/<download>k"              active (the package's kbit/s)
 *                 Framed-IP-Address := <static IPv4>                          active with a static IP
 *   radusergroup  sightline-active | sightline-suspended | sightline-cancelled (priority 1)
 *
 * radgroupcheck / radgroupreply are created empty: operators may add group-wide items (e.g.
 * Acct-Interim-Interval for sightline-active). Rows with other attributes or groups that an
 * operator adds by hand are left alone; deleting an account removes all rows of its username.
 */
export const RADIUS = {
  passwordAttribute: 'SSHA2-256-Password',
  rejectAttribute: 'Auth-Type',
  rateLimitAttribute: 'Mikrotik-Rate-Limit',
  staticIpAttribute: 'Framed-IP-Address',
  group: (status: string) => `sightline-${status}`,
} as const;

/** The Mikrotik-Rate-Limit value of a package: rx/tx as the NAS sees it, i.e. upload/download. */
export const rateLimit = (pkg: { uploadKbps: number; downloadKbps: number }) => `${pkg.uploadKbps}k/${pkg.downloadKbps}k`;
