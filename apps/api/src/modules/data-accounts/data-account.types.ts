import { Field, ID, ObjectType } from 'type-graphql';
import { DataAccount } from './data-account.entity';

@ObjectType({ description: 'Where a data account is installed: one of the customer’s addresses' })
export class InstallationAddress {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  label: string;

  @Field(() => String, { description: 'One line: street, city' })
  summary: string;
}

@ObjectType({ description: 'A data account with the password the system just set: shown this once, never again' })
export class DataAccountPassword {
  @Field(() => DataAccount)
  account: DataAccount;

  @Field(() => String, { nullable: true, description: 'The new password; null when the caller chose it' })
  password: string | null;
}
