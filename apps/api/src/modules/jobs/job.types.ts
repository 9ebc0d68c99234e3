import { IsIn, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum JobState {
  CREATED = 'created',
  RETRY = 'retry',
  ACTIVE = 'active',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  FAILED = 'failed',
}
registerEnumType(JobState, { name: 'JobState', description: 'Where a background job is: queued (created, retry), running, or done' });

@ObjectType({ description: 'A run of a background job' })
export class JobInfo {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Queue name, <module>.<job>' })
  name: string;

  @Field(() => JobState)
  state: JobState;

  @Field(() => Int, { description: 'Runs so far that failed and were retried' })
  attempts: number;

  @Field(() => String, { nullable: true, description: 'The error of the last failed attempt' })
  lastError: string | null;

  @Field(() => Int, { nullable: true })
  progressDone: number | null;

  @Field(() => Int, { nullable: true })
  progressTotal: number | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}

@InputType()
export class JobFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  name?: string;

  @Field(() => [JobState], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(JobState), { each: true })
  states?: JobState[];

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number;
}
