import { randomUUID } from 'node:crypto';
import type { TestApi } from '../../../testing/harness';

export const key = () => randomUUID();

/** GraphQL calls of the billing widgets as `token`, failing loudly on errors. */
export function billing(api: TestApi, token: string) {
  const run = async (query: string, variables: Record<string, unknown>) => {
    const r = await api.gql(query, variables, { token });
    if (r.errors) throw new Error(`${r.errors[0].extensions?.code}: ${r.errors[0].message} (${r.errors[0].extensions?.field ?? ''})`);
    return r.data;
  };
  return {
    run,
    charge: async (customerId: string, unitPriceCents: number, extra: Record<string, unknown> = {}) =>
      (await run('mutation($i: AddChargeInput!) { addCharge(input: $i) { id totalCents vatCents } }', { i: { customerId, kind: 'ONE_OFF', description: 'Charge', unitPriceCents, idempotencyKey: key(), ...extra } })).addCharge,
    invoice: async (customerId: string, extra: Record<string, unknown> = {}) =>
      (await run('mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id state totalCents } }', { i: { customerId, idempotencyKey: key(), ...extra } })).createInvoice,
    approve: async (id: string) =>
      (await run('mutation($i: ApproveInvoiceInput!) { approveInvoice(input: $i) { id number state dueDate totalCents snapshot { name vatNumber physicalAddress } } }', { i: { id, idempotencyKey: key() } })).approveInvoice,
    pay: async (customerId: string, amountCents: number, extra: Record<string, unknown> = {}) =>
      (await run('mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id amountCents } }', { i: { customerId, method: 'EFT', reference: 'ref', amountCents, idempotencyKey: key(), ...extra } })).recordPayment,
    balance: async (customerId: string) =>
      (await run('query($id: ID!) { customer(id: $id) { balance { cents } } }', { id: customerId })).customer.balance.cents as number,
    age: async (customerId: string) =>
      (await run('query($id: ID!) { customer(id: $id) { ageAnalysis { currentCents days30Cents days60Cents days90Cents days120PlusCents unallocatedCreditCents balanceCents openItems { kind id reference side amountCents openCents dueDate daysOverdue } } } }', { id: customerId })).customer.ageAnalysis,
  };
}
