import { Field, Float, InputType, ObjectType } from 'type-graphql';
import { CallClass } from './call-class';
import type { MarkupTerms } from './rating';
import { toBasisPoints } from './rating';

/** A markup for one call class, as a line or a customer keeps it. */
@ObjectType('ClassMarkup')
@InputType('ClassMarkupInput')
export class ClassMarkup {
  @Field(() => CallClass)
  callClass: CallClass;

  @Field(() => Float, { description: 'Percent, at most two decimals, -100 to 1000' })
  percent: number;
}

/** Stored as jsonb `{ "mobile": 25 }`. */
export type ClassMarkupMap = Partial<Record<CallClass, number>>;

export const markupList = (map: ClassMarkupMap | null | undefined): ClassMarkup[] =>
  Object.entries(map ?? {}).map(([callClass, percent]) => ({ callClass: callClass as CallClass, percent: percent as number }));

export const markupMap = (list: ClassMarkup[]): ClassMarkupMap => Object.fromEntries(list.map((m) => [m.callClass, m.percent]));

export const markupTerms = (map: ClassMarkupMap | null | undefined, fallback: number | null | undefined): MarkupTerms => ({
  classMarkupBasisPoints: Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, toBasisPoints(v as number)])),
  fallbackMarkupBasisPoints: toBasisPoints(fallback),
});
