import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum CdrImportSource {
  UPLOAD = 'upload',
  SPOOL = 'spool',
}
registerEnumType(CdrImportSource, { name: 'CdrImportSource' });

@ObjectType({ description: 'A row of a CDR file that could not be imported' })
export class CdrRowError {
  @Field(() => Int, { description: 'Line number in the file, from 1' })
  line: number;

  @Field(() => String)
  message: string;
}

/**
 * One CDR file read (upload or spool): what it held and what became of it. A file with a bad
 * row writes no calls (all-or-nothing); its report is kept here all the same.
 */
@ObjectType({ description: 'The result of importing one CDR file' })
@Entity('voip_cdr_import')
@Index('voip_cdr_import_customer_idx', ['customerId', 'createdAt'])
export class CdrImport {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field(() => CdrImportSource)
  @Column({ type: 'enum', enum: CdrImportSource, enumName: 'cdr_import_source' })
  source: CdrImportSource;

  /** The customer an upload from the profile was limited to; null for the spool. */
  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Field(() => Boolean, { description: 'True when the calls were written; false when a bad row refused the whole file' })
  @Column({ type: 'boolean' })
  ok: boolean;

  @Field(() => Int, { description: 'Call records in the file' })
  @Column({ type: 'int' })
  rows: number;

  @Field(() => Int, { description: 'Calls rated and stored' })
  @Column({ type: 'int' })
  imported: number;

  @Field(() => Int, { description: 'Rows whose uniqueid was imported before (skipped)' })
  @Column({ type: 'int' })
  duplicates: number;

  @Field(() => Int, { description: 'Unanswered calls (nothing to bill, skipped)' })
  @Column({ name: 'not_answered', type: 'int' })
  notAnswered: number;

  @Field(() => Int, { description: 'Calls stored without a price (no rate, no markup or no cost base)' })
  @Column({ type: 'int' })
  unrated: number;

  @Field(() => [CdrRowError])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: CdrRowError[];

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
