import { IsEmail, Matches, ValidateIf, type ValidationOptions } from 'class-validator';

/** A phone number as agents type them: digits, spaces, + ( ) -, 7 to 20 characters. */
export const PHONE = /^\+?[0-9 ()-]{7,20}$/;

export const IsPhone = (opts?: ValidationOptions) =>
  Matches(PHONE, { message: 'must be a phone number (digits, spaces, + ( ) -)', ...opts });

export const IsEmailAddress = (opts?: ValidationOptions) => IsEmail({}, { message: 'must be an email address', ...opts });

/** Validate only when a value was sent (null clears a nullable field, undefined leaves it). */
export const IfSent = () => ValidateIf((_o, v) => v !== undefined && v !== null);
