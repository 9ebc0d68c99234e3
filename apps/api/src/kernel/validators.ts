import { ArrayMaxSize, IsEmail, Length, Matches, Max, MaxLength, Min, ValidateIf, type ValidationArguments } from 'class-validator';

// Validators whose messages are whole sentences an agent can act on ("Name can be at most
// 200 characters"), naming the field the way the form labels it. The numbers come from
// @sightline/access LIMITS, which the web's inputs read too.

/** "companyName" → "Company name" (pass `label` where the words differ). */
export const labelOf = (property: string) => {
  const words = property.replace(/([a-z])([A-Z0-9])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Text of `min`..`max` characters (min 1: not empty). */
export const Text = (max: number, opts: { min?: number; label?: string } = {}) => {
  const min = opts.min ?? 1;
  return Length(min, max, {
    message: ({ value, property }: ValidationArguments) => {
      const label = opts.label ?? labelOf(property);
      if (typeof value === 'string' && value.length < min) return min === 1 ? `${label} cannot be empty` : `${label} needs at least ${min} characters`;
      return `${label} can be at most ${max} characters`;
    },
  });
};

/** A phone number as agents type them: digits, spaces, + ( ) -, 7 to 20 characters. */
export const PHONE = /^\+?[0-9 ()-]{7,20}$/;

export const IsPhone = (label?: string) =>
  Matches(PHONE, { message: ({ property }) => `${label ?? labelOf(property)} must be a phone number: 7 to 20 digits, spaces, + ( ) -` });

/** One email address, or with `each` every address of a list. */
export const IsEmailAddress = (opts: { label?: string; each?: boolean; max?: number } = {}) => {
  const message = ({ property }: ValidationArguments) =>
    opts.each
      ? `${opts.label ?? labelOf(property)}: each must look like name@example.com`
      : `${opts.label ?? labelOf(property)} must look like name@example.com`;
  return (target: object, key: string) => {
    IsEmail({}, { message, each: opts.each })(target, key);
    if (opts.max) MaxLength(opts.max, { message: ({ property }) => `${opts.label ?? labelOf(property)} can be at most ${opts.max} characters`, each: opts.each })(target, key);
  };
};

/** A list of at most `max` items. */
export const AtMost = (max: number, what: string) => ArrayMaxSize(max, { message: `At most ${max} ${what}` });

/** A pattern, with the sentence that explains it. */
export const Pattern = (pattern: RegExp, rule: string, label?: string) =>
  Matches(pattern, { message: ({ property }) => `${label ?? labelOf(property)} must be ${rule}` });

/** A number in `range` (inclusive); out of range is refused, never clamped. */
export const Between = (range: { min: number; max: number }, label?: string) => {
  const message = ({ property }: ValidationArguments) => `${label ?? labelOf(property)} must be between ${range.min} and ${range.max}`;
  return (target: object, key: string) => {
    Min(range.min, { message })(target, key);
    Max(range.max, { message })(target, key);
  };
};

/** Validate only when a value was sent (null clears a nullable field, undefined leaves it). */
export const IfSent = () => ValidateIf((_o, v) => v !== undefined && v !== null);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs: anything else is looked up nowhere (NOT_FOUND / BAD_USER_INPUT without a query). */
export const isUuid = (v: string) => UUID.test(v);

/** NUL (PostgreSQL cannot store it in text) or half of a surrogate pair (not Unicode text). */
const UNSTORABLE = /[\u0000\p{Cs}]/u;
/** Why `text` cannot be stored as it is, or null when it can. */
export function unstorableText(text: string): string | null {
  const m = UNSTORABLE.exec(text);
  if (!m) return null;
  return m[0] === '\u0000' ? 'cannot contain the NUL character (\\u0000)' : 'is not valid Unicode text (a lone surrogate, \\uD800-\\uDFFF)';
}
