import type { MutationProbe, ProbeFixture } from '../kernel/module';
import type { TestApi } from './harness';

/** The fixture a probe's variables are built from: a customer, and the admin to prepare with. */
export function probeFixture(api: TestApi, customerId: string, adminToken: string): ProbeFixture {
  return {
    db: api.db,
    customerId,
    async asAdmin(query, variables = {}) {
      const r = await api.gql(query, variables, { token: adminToken });
      if (r.errors) throw new Error(`probe set-up failed: ${r.errors[0].message}`);
      return r.data;
    },
  };
}

/** Runs a probed mutation as `token`, returning the result and how many audit rows it wrote. */
export async function runProbe(api: TestApi, probe: MutationProbe, fixture: ProbeFixture, token: string) {
  const variables = await probe.variables(fixture);
  const audits = async () => (await api.db.query('SELECT count(*)::int AS n FROM audit_entry'))[0].n as number;
  const before = await audits();
  const result = await api.gql(probe.document, variables, { token });
  return { result, audited: (await audits()) - before };
}

/** `customer(id)` selecting every probed widget field. */
export const everyWidgetSelection = (probes: { field: string; selection: string }[]) =>
  probes.map((p) => `${p.field} ${p.selection}`).join('\n    ');
