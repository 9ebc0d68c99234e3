import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numberColumn } from '../../kernel/db/columns';
import { InvoiceLine } from '../billing';
import { CustomerEntity } from '../customers';

export enum BillingRunState {
  QUEUED = 'queued',
  RUNNING = 'running',
  DONE = 'done',
  FAILED = 'failed',
}
registerEnumType(BillingRunState, { name: 'BillingRunState' });

/** What a run (or "generate recurring invoice") did for one customer and period. */
export enum BilledOutcome {
  INVOICED = 'invoiced',
  /** Active - Do Not Bill: the charges wait for a manual invoice. */
  ACCUMULATED = 'accumulated',
  /** Empty or low invoice rule "roll forward": the charges wait for the next period. */
  ROLLED_FORWARD = 'rolled_forward',
  /** Nothing to bill and the rule does not ask for an empty invoice. */
  NOTHING = 'nothing',
  /** Final Bill settled (seed 004): nothing new, balance zero after the final invoice; the customer is now Dropped. */
  DROPPED = 'dropped',
}
registerEnumType(BilledOutcome, { name: 'BilledOutcome' });

/** One billing run over every customer due for a period (by hand or on the schedule). */
@ObjectType()
@Entity('billing_run')
export class BillingRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'First day of the month the run bills in advance' })
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Field(() => BillingRunState)
  @Column({ type: 'enum', enum: BillingRunState, enumName: 'billing_run_state', default: BillingRunState.QUEUED })
  state: BillingRunState;

  /** Set when a reseller's user started it: only that reseller's customers are billed. */
  @Column({ name: 'reseller_id', type: 'uuid', nullable: true })
  resellerId: string | null;

  /** Set for a run of one customer (started from its profile). */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @Field(() => String)
  @Column({ name: 'started_by', type: 'text' })
  startedBy: string;

  @Field(() => String, { nullable: true, description: 'The background job (jobs query)' })
  @Column({ name: 'job_id', type: 'text', nullable: true })
  jobId: string | null;

  @Field(() => Int, { description: 'Customers done (billed now or before)' })
  @Column({ type: 'int', default: 0 })
  done: number;

  @Field(() => Int, { description: 'Customers due' })
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => Int, { description: 'Draft invoices this run made' })
  @Column({ type: 'int', default: 0 })
  invoices: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

/**
 * A customer billed for a period. The primary key is the idempotency of billing: a second run
 * (or a resumed one) finds the row and bills nothing; the insert and the charges it guards
 * commit together or not at all.
 */
@Entity('billed_period')
@Index('billed_period_run_idx', ['runId'])
export class BilledPeriod {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @PrimaryColumn({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  /** Null when billed by hand ("generate recurring invoice"). */
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId: string | null;

  @ManyToOne(() => BillingRun, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'run_id' })
  run?: BillingRun | null;

  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId: string | null;

  @Column({ type: 'enum', enum: BilledOutcome, enumName: 'billed_outcome' })
  outcome: BilledOutcome;

  /** Billed while the customer was Final Bill: its invoice is a final invoice. */
  @Column({ name: 'final_bill', type: 'boolean', default: false })
  finalBill: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export enum ChargeSource {
  DATA_ACCOUNT = 'data_account',
  VOIP_LINE = 'voip_line',
  VOIP_CALLS = 'voip_calls',
  DATA_OVERAGE = 'data_overage',
}
registerEnumType(ChargeSource, { name: 'ChargeSource' });

export enum BilledKind {
  CHARGE = 'charge',
  REFUND = 'refund',
}

/**
 * Which service month a charge line bills: one charge and at most one refund per service and
 * month (unique), so a service is never billed twice for a month however often charges are
 * generated, and a refund past its end date is given once.
 */
@Entity('billed_charge')
@Unique('billed_charge_once', ['source', 'sourceId', 'month', 'kind'])
@Index('billed_charge_customer_idx', ['customerId'])
@Index('billed_charge_line_idx', ['lineId'])
@Check('billed_charge_days', '"days" >= 0')
export class BilledCharge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: CustomerEntity;

  @Column({ type: 'enum', enum: ChargeSource, enumName: 'charge_source' })
  source: ChargeSource;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  /** First day of the calendar month billed. */
  @Column({ type: 'date' })
  month: string;

  @Column({ type: 'enum', enum: BilledKind, enumName: 'billed_kind' })
  kind: BilledKind;

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ type: 'int' })
  days: number;

  @Column({ name: 'net_cents', type: 'bigint', transformer: numberColumn })
  netCents: number;

  /** Removing a pending line (refresh) removes this row with it. */
  @Column({ name: 'line_id', type: 'uuid' })
  lineId: string;

  @ManyToOne(() => InvoiceLine, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'line_id' })
  line?: InvoiceLine;
}

/** An invoice document stored once at first download; never rewritten. */
@Entity('invoice_document')
export class InvoiceDocument {
  @PrimaryColumn({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  @PrimaryColumn({ type: 'text' })
  length: string;

  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'int' })
  bytes: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
