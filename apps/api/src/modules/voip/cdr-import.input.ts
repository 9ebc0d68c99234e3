import { IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IfSent, Text } from '../../kernel/validators';

@InputType({ description: 'An Asterisk Master.csv file, as text (the web reads the chosen file)' })
export class ImportCallRecordsInput {
  @Field(() => ID, { nullable: true, description: "Only this customer's lines (the profile's upload); left out: any line in your scope" })
  @IfSent()
  @IsUUID()
  customerId?: string | null;

  @Field(() => String)
  @Text(200, { label: 'File name' })
  fileName: string;

  @Field(() => String, { description: 'The file contents' })
  @Text(20_000_000, { label: 'CDR file' })
  csv: string;
}
