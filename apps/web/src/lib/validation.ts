// Checks the forms run before sending, worded like the API's own refusals and using the same
// limits (@sightline/access), so an agent sees one message whichever side catches the mistake.

/** Loose on purpose: the API has the last word; this catches "name.example.com" and typos. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const emailAddress = (label: string) => (value: string) =>
  !value.trim() || EMAIL.test(value.trim()) ? null : `${label} must look like name@example.com`;

/** A number within `range`, or empty (clears it). Never clamped: a typo is shown, not "fixed". */
export const between = (range: { min: number; max: number }, label: string) => (value: number | string) => {
  if (value === '' || value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= range.min && n <= range.max ? null : `${label} must be between ${range.min} and ${range.max}`;
};

export const required = (message: string) => (value: string) => (value.trim() ? null : message);
