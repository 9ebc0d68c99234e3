import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { CustomerEntity, CustomerOwned } from '../customers';

export enum InvoiceState {
  DRAFT = 'draft',
  APPROVED = 'approved',
  SENT = 'sent',
  VOID = 'void',
}
export enum LineKind {
  RECURRING = 'recurring',
  USAGE = 'usage',
  ONE_OFF = 'one_off',
  LOW_USAGE = 'low_usage',
}
export enum PaymentKind {
  RECEIPT = 'receipt',
  REVERSAL = 'reversal',
  REFUND = 'refund',
}
export enum ReceiptMethod {
  EFT = 'eft',
  DEBIT_ORDER = 'debit_order',
  CASH = 'cash',
  CREDIT_CARD = 'credit_card',
  BANK_IMPORT = 'bank_import',
}
/** The kinds of ledger item an allocation links (a credit item pays a debit item). */
export enum ItemKind {
  OPENING = 'opening',
  INVOICE = 'invoice',
  CREDIT_NOTE = 'credit_note',
  ADJUSTMENT = 'adjustment',
  PAYMENT = 'payment',
}
registerEnumType(InvoiceState, { name: 'InvoiceState', description: 'DRAFT → APPROVED → SENT; only a DRAFT may be VOID' });
registerEnumType(LineKind, { name: 'InvoiceLineKind' });
registerEnumType(PaymentKind, { name: 'PaymentKind', description: 'RECEIPT: money in; REVERSAL: undoes a receipt; REFUND: money paid back' });
registerEnumType(ReceiptMethod, { name: 'ReceiptMethod' });
registerEnumType(ItemKind, { name: 'LedgerItemKind' });

@ObjectType({ description: 'The customer, names and addresses as they were when the invoice was approved' })
export class InvoiceSnapshot {
  @Field(() => String) accountNumber: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) companyName: string | null;
  @Field(() => String, { nullable: true }) vatNumber: string | null;
  @Field(() => String, { description: 'One line' }) physicalAddress: string;
  @Field(() => String, { description: 'One line' }) postalAddress: string;
}

/** An invoice. Approved and sent invoices cannot be changed: a trigger refuses it. */
@ObjectType()
@Entity('invoice')
@Index('invoice_brand_number_key', ['brand', 'number'], { unique: true })
// The invoices widget: a customer's latest first.
@Index('invoice_customer_recent', ['customerId', 'invoiceDate', 'createdAt'])
export class Invoice extends CustomerOwned({ index: 'invoice_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  brand: string;

  @Field(() => String, { nullable: true, description: 'Assigned at approval, gapless per brand' })
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Field(() => InvoiceState)
  @Column({ type: 'enum', enum: InvoiceState, enumName: 'invoice_state', default: InvoiceState.DRAFT })
  state: InvoiceState;

  @Field(() => String)
  @Column({ name: 'invoice_date', type: 'date' })
  invoiceDate: string;

  /** The invoice's own due date: overrides the payment terms. */
  @Field(() => String, { nullable: true, description: 'Set on the invoice, it overrides the terms; computed from the terms at approval otherwise' })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => Int)
  @Column({ name: 'subtotal_cents', type: 'bigint', default: 0, transformer: numberColumn })
  subtotalCents: number;

  @Field(() => Int)
  @Column({ name: 'vat_cents', type: 'bigint', default: 0, transformer: numberColumn })
  vatCents: number;

  @Field(() => Int)
  @Column({ name: 'total_cents', type: 'bigint', default: 0, transformer: numberColumn })
  totalCents: number;

  @Field(() => String)
  @Column({ type: 'char', length: 3, default: 'ZAR' })
  currency: string;

  @Field(() => InvoiceSnapshot, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  snapshot: InvoiceSnapshot | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A charge. Without an invoice it is pending (the next invoice takes it). */
@ObjectType()
@Entity('invoice_line')
@Index('invoice_line_invoice_idx', ['invoiceId'])
export class InvoiceLine extends CustomerOwned({ index: 'invoice_line_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId: string | null;

  @ManyToOne(() => Invoice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Invoice;

  @Field(() => LineKind)
  @Column({ type: 'enum', enum: LineKind, enumName: 'invoice_line_kind' })
  kind: LineKind;

  @Field(() => String)
  @Column({ type: 'text' })
  description: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  /** Thousandths (minutes, GB, months...): 1000 = 1. */
  @Field(() => Int, { description: 'Thousandths: 1000 = 1' })
  @Column({ name: 'quantity_milli', type: 'int', default: 1000 })
  quantityMilli: number;

  @Field(() => Int)
  @Column({ name: 'unit_price_cents', type: 'bigint', transformer: numberColumn })
  unitPriceCents: number;

  @Field(() => Int, { description: 'Basis points: 1500 = 15%' })
  @Column({ name: 'vat_rate_bp', type: 'int' })
  vatRateBp: number;

  @Field(() => Int)
  @Column({ name: 'net_cents', type: 'bigint', transformer: numberColumn })
  netCents: number;

  @Field(() => Int)
  @Column({ name: 'vat_cents', type: 'bigint', transformer: numberColumn })
  vatCents: number;

  @Field(() => Int)
  @Column({ name: 'total_cents', type: 'bigint', transformer: numberColumn })
  totalCents: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType()
@Entity('credit_note')
@Check('credit_note_amount_positive', '"amount_cents" > 0')
export class CreditNote extends CustomerOwned({ index: 'credit_note_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true, description: 'The invoice it credits, if any' })
  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId: string | null;

  @Field(() => String)
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Field(() => Int, { description: 'Including VAT' })
  @Column({ name: 'amount_cents', type: 'bigint', transformer: numberColumn })
  amountCents: number;

  @Field(() => Int)
  @Column({ name: 'vat_cents', type: 'bigint', transformer: numberColumn })
  vatCents: number;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType({ description: 'A correction of the balance: positive raises what the customer owes' })
@Entity('adjustment')
@Check('adjustment_amount_not_zero', '"amount_cents" <> 0')
export class Adjustment extends CustomerOwned({ index: 'adjustment_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ name: 'adjusted_on', type: 'date' })
  adjustedOn: string;

  @Field(() => Int)
  @Column({ name: 'amount_cents', type: 'bigint', transformer: numberColumn })
  amountCents: number;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Money in (RECEIPT, amount > 0), a receipt undone (REVERSAL, the negative of the receipt it
 * names) or money paid back (REFUND, amount < 0). Never updated or deleted.
 */
@ObjectType()
@Entity('payment')
// The payments widget: a customer's latest first.
@Index('payment_customer_recent', ['customerId', 'receivedOn', 'createdAt'])
@Index('payment_bank_reference_key', ['bankReference'], { unique: true, where: '"bank_reference" IS NOT NULL' })
@Index('payment_reversal_of_key', ['reversalOf'], { unique: true, where: '"reversal_of" IS NOT NULL' })
@Check('payment_amount_sign', `("kind" = 'receipt' AND "amount_cents" > 0) OR ("kind" <> 'receipt' AND "amount_cents" < 0)`)
export class Payment extends CustomerOwned({ index: 'payment_customer_idx' }) {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => PaymentKind)
  @Column({ type: 'enum', enum: PaymentKind, enumName: 'payment_kind', default: PaymentKind.RECEIPT })
  kind: PaymentKind;

  @Field(() => String)
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Field(() => ReceiptMethod)
  @Column({ type: 'enum', enum: ReceiptMethod, enumName: 'receipt_method' })
  method: ReceiptMethod;

  @Field(() => String)
  @Column({ type: 'text' })
  reference: string;

  @Field(() => Int, { description: 'Signed: receipts positive, reversals and refunds negative' })
  @Column({ name: 'amount_cents', type: 'bigint', transformer: numberColumn })
  amountCents: number;

  /** The bank's own reference of an imported line: importing it again writes nothing. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'bank_reference', type: 'text', nullable: true })
  bankReference: string | null;

  @Field(() => ID, { nullable: true, description: 'For a REVERSAL: the receipt it undoes' })
  @Column({ name: 'reversal_of', type: 'uuid', nullable: true })
  reversalOf: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A credit item (payment, credit note, negative adjustment or opening balance) paying a debit
 * item (invoice, positive adjustment, refund, opening balance). Append-only: un-allocating
 * writes a negative row.
 */
@Entity('allocation')
@Index('allocation_source_idx', ['sourceKind', 'sourceId'])
@Index('allocation_target_idx', ['targetKind', 'targetId'])
export class Allocation extends CustomerOwned({ index: 'allocation_customer_idx' }) {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'source_kind', type: 'enum', enum: ItemKind, enumName: 'ledger_item_kind' })
  sourceKind: ItemKind;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @Column({ name: 'target_kind', type: 'enum', enum: ItemKind, enumName: 'ledger_item_kind' })
  targetKind: ItemKind;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @Column({ name: 'amount_cents', type: 'bigint', transformer: numberColumn })
  amountCents: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One row per money-writing request: a repeated idempotency key returns the first result. */
@Entity('ledger_request')
export class LedgerRequest {
  @PrimaryColumn({ name: 'idempotency_key', type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'text' })
  operation: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The next invoice number of a brand; approval locks the row, so numbers have no gaps. */
@Entity('invoice_number_counter')
export class InvoiceNumberCounter {
  @PrimaryColumn({ type: 'text' })
  brand: string;

  @Column({ name: 'last_number', type: 'int', default: 0 })
  lastNumber: number;
}

/** Per customer: the age buckets as of `computed_on`, rewritten with every ledger change. */
@Entity('age_rollup')
export class AgeRollup {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @OneToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ name: 'computed_on', type: 'date' })
  computedOn: string;

  @Column({ name: 'current_cents', type: 'bigint', default: 0, transformer: numberColumn }) currentCents: number;
  @Column({ name: 'days30_cents', type: 'bigint', default: 0, transformer: numberColumn }) days30Cents: number;
  @Column({ name: 'days60_cents', type: 'bigint', default: 0, transformer: numberColumn }) days60Cents: number;
  @Column({ name: 'days90_cents', type: 'bigint', default: 0, transformer: numberColumn }) days90Cents: number;
  @Column({ name: 'days120_cents', type: 'bigint', default: 0, transformer: numberColumn }) days120Cents: number;
  @Column({ name: 'unallocated_credit_cents', type: 'bigint', default: 0, transformer: numberColumn }) unallocatedCreditCents: number;
  @Column({ name: 'balance_cents', type: 'bigint', default: 0, transformer: numberColumn }) balanceCents: number;
}
