import { randomUUID } from 'node:crypto';
import type { MutationProbe, ProbeFixture, WidgetProbe } from '../../kernel/module';

const key = () => randomUUID();
const charge = 'mutation($input: AddChargeInput!) { addCharge(input: $input) { id } }';
const invoice = 'mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }';
const approve = 'mutation($input: ApproveInvoiceInput!) { approveInvoice(input: $input) { id } }';
const pay = 'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }';

/** A draft invoice of one R115 charge (made as an admin). */
async function draft({ customerId, asAdmin }: ProbeFixture) {
  await asAdmin(charge, { input: { customerId, kind: 'ONE_OFF', description: 'Installation', unitPriceCents: 10000, idempotencyKey: key() } });
  return (await asAdmin(invoice, { input: { customerId, idempotencyKey: key() } })).createInvoice.id as string;
}
async function approved(f: ProbeFixture) {
  const id = await draft(f);
  await f.asAdmin(approve, { input: { id, idempotencyKey: key() } });
  return id;
}
const payment = (customerId: string) => ({ input: { customerId, method: 'EFT', reference: 'probe', amountCents: 5000, idempotencyKey: key() } });

const receiptMutations: MutationProbe[] = [
  { name: 'recordPayment', permission: 'paymentReceipts:write', document: pay, variables: ({ customerId }) => payment(customerId) },
  {
    name: 'allocatePayment',
    permission: 'paymentReceipts:write',
    document: 'mutation($input: AllocatePaymentInput!) { allocatePayment(input: $input) { id } }',
    variables: async (f) => ({ input: { paymentId: (await f.asAdmin(pay, payment(f.customerId))).recordPayment.id, idempotencyKey: key() } }),
  },
  {
    name: 'reversePayment',
    permission: 'paymentReceipts:write',
    document: 'mutation($input: ReversePaymentInput!) { reversePayment(input: $input) { id } }',
    variables: async (f) => ({ input: { paymentId: (await f.asAdmin(pay, payment(f.customerId))).recordPayment.id, reason: 'Bounced', idempotencyKey: key() } }),
  },
  {
    name: 'refundCustomer',
    permission: 'paymentReceipts:write',
    document: 'mutation($input: RefundInput!) { refundCustomer(input: $input) { id } }',
    variables: async (f) => {
      await f.asAdmin(pay, { input: { ...payment(f.customerId).input, allocations: [] } });
      return { input: { customerId: f.customerId, amountCents: 100, method: 'EFT', reference: 'probe refund', idempotencyKey: key() } };
    },
  },
  {
    name: 'importBankStatement',
    permission: 'paymentReceipts:write',
    document: 'mutation($csv: String!) { importBankStatement(csv: $csv) { imported } }',
    variables: async ({ db, customerId }) => {
      const [{ account_number }] = await db.query('SELECT account_number FROM customer WHERE id = $1', [customerId]);
      return { csv: `date,reference,amount,bank_reference\n2026-01-05,${account_number},120.00,${key()}\n` };
    },
  },
];

export const billingProbes: WidgetProbe[] = [
  {
    field: 'billingDetails',
    permission: 'billingDetails:read',
    // The fields each part of the card needs; the web asks for all of them (widgets/billingDetails).
    selection: '{ paymentMethod verification billingCycle vatRateBasisPoints creditLimitCents version debitOrder { accountNumberMasked debitDay } card { last4 } paymentTerms { summary } billLengths { email } }',
    statements: 1,
    mutations: [
      {
        name: 'updateBillingDetails',
        permission: 'billingDetails:write',
        document: 'mutation($input: UpdateBillingDetailsInput!) { updateBillingDetails(input: $input) { version } }',
        variables: async ({ db, customerId }) => {
          const rows = await db.query('SELECT version FROM billing_account WHERE customer_id = $1', [customerId]);
          return { input: { customerId, expectedVersion: rows[0]?.version ?? 1, creditLimitCents: Math.floor(Math.random() * 1e6) + 1 } };
        },
      },
    ],
  },
  {
    field: 'paymentReceipts',
    permission: 'paymentReceipts:read',
    selection: '{ id kind receivedOn method reference amountCents reversed unallocatedCents allocations { reference amountCents } }',
    statements: 1,
    mutations: receiptMutations,
  },
  {
    field: 'ageAnalysis',
    permission: 'ageAnalysis:read',
    selection: '{ currentCents days30Cents days60Cents days90Cents days120PlusCents balanceCents openItems { kind reference dueDate openCents } }',
    statements: 1,
    mutations: [
      {
        name: 'updateAgeAnalysis',
        permission: 'paymentReceipts:write',
        document: 'mutation($id: ID!) { updateAgeAnalysis(customerId: $id) { id } }',
        variables: ({ customerId }) => ({ id: customerId }),
      },
    ],
  },
  {
    field: 'invoices',
    permission: 'recurringBilling:read',
    selection: '{ id number state invoiceDate dueDate totalCents snapshot { name } lines { id kind description totalCents } }',
    // The invoices carry their lines (JSON in the same statement).
    statements: 1,
    mutations: [
      {
        name: 'addCharge',
        permission: 'recurringBilling:write',
        document: charge,
        variables: ({ customerId }) => ({ input: { customerId, kind: 'ONE_OFF', description: 'Router', unitPriceCents: 99900, idempotencyKey: key() } }),
      },
      {
        name: 'createInvoice',
        permission: 'recurringBilling:write',
        document: invoice,
        variables: async ({ customerId, asAdmin }) => {
          await asAdmin(charge, { input: { customerId, kind: 'ONE_OFF', description: 'Router', unitPriceCents: 99900, idempotencyKey: key() } });
          return { input: { customerId, idempotencyKey: key() } };
        },
      },
      { name: 'approveInvoice', permission: 'recurringBilling:write', document: approve, variables: async (f) => ({ input: { id: await draft(f), idempotencyKey: key() } }) },
      {
        name: 'approveAllDrafts',
        permission: 'billing:run',
        document: 'mutation($input: ApproveAllDraftsInput!) { approveAllDrafts(input: $input) { id } }',
        variables: async (f) => {
          await draft(f);
          return { input: { customerId: f.customerId, idempotencyKey: key() } };
        },
      },
      { name: 'markInvoiceSent', permission: 'recurringBilling:write', document: 'mutation($id: ID!) { markInvoiceSent(id: $id) { id } }', variables: async (f) => ({ id: await approved(f) }) },
      { name: 'voidInvoice', permission: 'recurringBilling:write', document: 'mutation($id: ID!) { voidInvoice(id: $id) { id } }', variables: async (f) => ({ id: await draft(f) }) },
      {
        name: 'issueCreditNote',
        permission: 'recurringBilling:write',
        document: 'mutation($input: IssueCreditNoteInput!) { issueCreditNote(input: $input) { id } }',
        variables: ({ customerId }) => ({ input: { customerId, amountCents: 1150, reason: 'Outage credit', idempotencyKey: key() } }),
      },
      {
        name: 'addAdjustment',
        permission: 'recurringBilling:write',
        document: 'mutation($input: AddAdjustmentInput!) { addAdjustment(input: $input) { id } }',
        variables: ({ customerId }) => ({ input: { customerId, amountCents: -500, reason: 'Rounding', idempotencyKey: key() } }),
      },
    ],
  },
];
