import { IsOptional, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';

/** A postal address; embedded in customers (physical, postal) and additional addresses. */
@ObjectType()
@InputType('PostalAddressInput')
export class PostalAddress {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  @Column({ type: 'text', nullable: true })
  line1?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 200)
  @Column({ type: 'text', nullable: true })
  line2?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  @Column({ type: 'text', nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  @Column({ type: 'text', nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 20)
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 60)
  @Column({ type: 'text', nullable: true })
  country?: string | null;
}

export const POSTAL_ADDRESS_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
