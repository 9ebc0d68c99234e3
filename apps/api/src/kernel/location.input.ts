import { COORDINATES } from '@sightline/access';
import { Field, Float, InputType } from 'type-graphql';
import { Between, IfSent } from './validators';

/** A map position (WGS84); null clears it. Base of inputs for things that have a location. */
@InputType()
export class LocatedInput {
  @Field(() => Float, { nullable: true, description: 'Degrees, -90 to 90; out of range is BAD_USER_INPUT' })
  @IfSent()
  @Between(COORDINATES.latitude, 'Latitude')
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Degrees, -180 to 180; out of range is BAD_USER_INPUT' })
  @IfSent()
  @Between(COORDINATES.longitude, 'Longitude')
  longitude?: number | null;
}
