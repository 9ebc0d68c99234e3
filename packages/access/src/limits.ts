/**
 * What the API accepts for each text input, in characters, and the ranges of numbers. The
 * API's validators and the web's inputs (maxLength, client checks) both read these, so a
 * form never lets an agent type what the server will refuse.
 */
export const LIMITS = {
  customer: {
    name: 200,
    companyName: 200,
    customerGroup: 60,
    vatNumber: 30,
    accountNumber: 30,
    phone: 20,
    /** Addresses bills go to. */
    emails: 10,
    email: 254,
  },
  postalAddress: { line1: 200, line2: 200, city: 100, region: 100, postalCode: 20, country: 60 },
  contact: { name: 120, role: 80, phone: 20, email: 254 },
  address: { label: 80, notes: 1000 },
  note: { body: 4000 },
  /** Destinations per kind of message and channel. */
  notificationSettings: { destinations: 5 },
  customerSearch: 100,
} as const;

/** WGS84 coordinates; anything outside is a typing mistake, refused rather than clamped. */
export const COORDINATES = {
  latitude: { min: -90, max: 90 },
  longitude: { min: -180, max: 180 },
} as const;

/** How long after writing it the author may still correct a note (the audit keeps the old text). */
export const NOTE_EDIT_WINDOW_MINUTES = 15;
