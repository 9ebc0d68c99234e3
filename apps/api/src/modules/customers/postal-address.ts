import { LIMITS } from '@sightline/access';
import { IsOptional } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { Text } from '../../kernel/validators';

const L = LIMITS.postalAddress;

/** A postal address; embedded in customers (physical, postal) and additional addresses. */
@ObjectType()
@InputType('PostalAddressInput')
export class PostalAddress {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(L.line1, { label: 'Address line 1' })
  @Column({ type: 'text', nullable: true })
  line1?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(L.line2, { min: 0, label: 'Address line 2' })
  @Column({ type: 'text', nullable: true })
  line2?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(L.city)
  @Column({ type: 'text', nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(L.region)
  @Column({ type: 'text', nullable: true })
  region?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(L.postalCode)
  @Column({ name: 'postal_code', type: 'text', nullable: true })
  postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(L.country, { min: 2 })
  @Column({ type: 'text', nullable: true })
  country?: string | null;
}

export const POSTAL_ADDRESS_FIELDS = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;
