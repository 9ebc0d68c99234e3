import { registerEnumType } from 'type-graphql';

/** How a call is priced (seed 004): each class has its own tariff rate and markup. */
export enum CallClass {
  LOCAL = 'local',
  NATIONAL = 'national',
  MOBILE = 'mobile',
  INTERNATIONAL = 'international',
  INBOUND = 'inbound',
  TOLL_FREE = 'toll_free',
}
registerEnumType(CallClass, { name: 'CallClass', description: 'Call class a destination falls into (prefix table for ZA and UK)' });

export const CALL_CLASSES = Object.values(CallClass);

/** How a rated call's charge was found, in the order rating tries them (seed 004 "rating priority"). */
export enum RatingMethod {
  TARIFF_RATE = 'tariff_rate',
  CLASS_MARKUP = 'class_markup',
  FALLBACK_MARKUP = 'fallback_markup',
  /** No rate, no markup or no cost base: stored at 0 for billing to look at. */
  UNRATED = 'unrated',
}
registerEnumType(RatingMethod, { name: 'RatingMethod' });
