import { IsLatitude, IsLongitude } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';
import { IfSent } from './validators';

/** A map position (WGS84); null clears it. Base of inputs for things that have a location. */
@InputType()
export class LocatedInput {
  @Field(() => Float, { nullable: true })
  @IfSent()
  @IsLatitude()
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IfSent()
  @IsLongitude()
  longitude?: number | null;
}
