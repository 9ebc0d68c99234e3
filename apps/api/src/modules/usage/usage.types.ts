import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DisconnectOutcome } from './disconnect';

registerEnumType(DisconnectOutcome, { name: 'DisconnectOutcome', description: "The NAS's answer to an RFC 5176 Disconnect-Request" });

export enum UsageView {
  MONTHLY = 'MONTHLY',
  YEARLY = 'YEARLY',
}
registerEnumType(UsageView, { name: 'UsageView', description: 'Per month of one year, or per year over all years' });

// Bytes are Float throughout (like DataPackage.dataCapBytes): exact up to 2^53 bytes, 9 PB.

@ObjectType({ description: 'An open RADIUS accounting session (no stop time yet) of one of the customer’s data accounts' })
export class DataSession {
  @Field(() => ID, { description: 'radacct.RadAcctId' })
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String, { description: 'NAS-IP-Address of the NAS carrying the session' })
  nasAddress: string;

  @Field(() => String, { nullable: true, description: "The NAS's short name from the NAS list" })
  nasName: string | null;

  @Field(() => String, { nullable: true, description: 'Framed-IP-Address the subscriber was given' })
  framedIp: string | null;

  @Field(() => String, { nullable: true, description: 'Calling-Station-Id: usually the CPE’s MAC address' })
  macAddress: string | null;

  @Field(() => Date)
  startedAt: Date;

  @Field(() => Date, { description: 'Last accounting update (Start or Interim-Update)' })
  lastUpdateAt: Date;

  @Field(() => Int, { description: 'Seconds since the start' })
  durationSeconds: number;

  @Field(() => Float, { description: 'Bytes the subscriber sent so far (Acct-Input-Octets)' })
  uploadBytes: number;

  @Field(() => Float, { description: 'Bytes the subscriber received so far (Acct-Output-Octets)' })
  downloadBytes: number;

  @Field(() => Boolean, {
    description: 'No update for more than twice the interim interval: the NAS probably lost it without sending a Stop',
  })
  stale: boolean;
}

@ObjectType({ description: 'What the NAS answered to a Disconnect-Request' })
export class DisconnectResult {
  @Field(() => ID)
  sessionId: string;

  @Field(() => DisconnectOutcome)
  outcome: DisconnectOutcome;

  @Field(() => String, { nullable: true, description: 'Error-Cause of a NAK (e.g. Session-Context-Not-Found)' })
  errorCause: string | null;

  @Field(() => String)
  nasAddress: string;
}

@ObjectType({ description: 'Bytes in one period (YYYY-MM or YYYY)' })
export class UsagePeriod {
  @Field(() => String, { description: 'YYYY-MM (monthly view) or YYYY (yearly view)' })
  period: string;

  @Field(() => Float)
  uploadBytes: number;

  @Field(() => Float)
  downloadBytes: number;
}

@ObjectType({ description: "This month's usage against the package's cap" })
export class CapUsage {
  @Field(() => String, { description: 'YYYY-MM (UTC)' })
  month: string;

  @Field(() => Float, { description: 'Upload + download this month' })
  usedBytes: number;

  @Field(() => Float, { nullable: true, description: 'The package’s monthly cap; null = uncapped' })
  capBytes: number | null;

  @Field(() => Float, { nullable: true, description: 'usedBytes / capBytes × 100; null when uncapped' })
  percentOfCap: number | null;
}

@ObjectType({ description: 'Usage of one data account' })
export class DataAccountUsage {
  @Field(() => ID)
  dataAccountId: string;

  @Field(() => String)
  username: string;

  @Field(() => String, { description: 'active, suspended or cancelled' })
  status: string;

  @Field(() => [UsagePeriod], { description: 'Periods with usage, oldest first' })
  periods: UsagePeriod[];

  @Field(() => CapUsage)
  currentMonth: CapUsage;
}

@ObjectType({ description: 'Widget dataUsage: upload/download bytes per month of a year, or per year; from the rollups' })
export class DataUsage {
  @Field(() => UsageView)
  view: UsageView;

  @Field(() => Int, { nullable: true, description: 'The year shown (monthly view)' })
  year: number | null;

  @Field(() => [Int], { description: 'Years with usage, newest first (for the year switch)' })
  years: number[];

  @Field(() => [DataAccountUsage])
  accounts: DataAccountUsage[];

  @Field(() => [UsagePeriod], { description: 'All accounts together, per period' })
  totals: UsagePeriod[];
}
