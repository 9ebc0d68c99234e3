import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { CallClass } from './call-class';

/**
 * The prefix table this module ships: how a dialled number in South Africa and the United
 * Kingdom falls into a call class, with the cost bases markups are applied to (cents per
 * minute, in the ISP's billing currency). Longest prefix wins. Numbers of other countries are
 * INTERNATIONAL, priced from the country rows at the bottom.
 */
export interface Destination {
  /** E.164 digits without the plus, e.g. `2782` (South African Vodacom mobiles). */
  prefix: string;
  label: string;
  callClass: CallClass;
  /** Geographic numbers: how many digits after the country code make the area code (LOCAL when equal). */
  areaDigits?: number;
  suggestedRetailPerMinuteCents?: number;
  carrierCostPerMinuteCents?: number;
}

/** A builder of one country's domestic rows: its calling code and name go on every row. */
const domestic =
  (code: string, country: string) =>
  (prefix: string, label: string, callClass: CallClass, costs: [number?, number?] = [], areaDigits?: number): Destination => ({
    prefix: `${code}${prefix}`, label: `${country} ${label}`, callClass, areaDigits,
    suggestedRetailPerMinuteCents: costs[0], carrierCostPerMinuteCents: costs[1],
  });
const za = domestic('27', 'South Africa');
const uk = domestic('44', 'United Kingdom');

/** Domestic rows by country calling code. */
export const DOMESTIC: Record<string, { country: CountryCode; rows: Destination[] }> = {
  '27': {
    country: 'ZA',
    rows: [
      za('1', 'geographic', CallClass.NATIONAL, [45, 18], 2),
      za('2', 'geographic', CallClass.NATIONAL, [45, 18], 2),
      za('3', 'geographic', CallClass.NATIONAL, [45, 18], 2),
      za('4', 'geographic', CallClass.NATIONAL, [45, 18], 2),
      za('5', 'geographic', CallClass.NATIONAL, [45, 18], 2),
      za('6', 'mobile', CallClass.MOBILE, [89, 42]),
      za('7', 'mobile', CallClass.MOBILE, [89, 42]),
      za('8', 'mobile', CallClass.MOBILE, [89, 42]),
      za('80', 'toll-free (0800)', CallClass.TOLL_FREE, [0, 0]),
      za('86', 'shared cost (086)', CallClass.NATIONAL, [60, 30]),
      za('87', 'VoIP (087)', CallClass.NATIONAL, [40, 12]),
    ],
  },
  '44': {
    country: 'GB',
    rows: [
      uk('1', 'geographic', CallClass.NATIONAL, [10, 1], 4),
      uk('11', 'geographic', CallClass.NATIONAL, [10, 1], 3),
      uk('121', 'Birmingham', CallClass.NATIONAL, [10, 1], 3),
      uk('131', 'Edinburgh', CallClass.NATIONAL, [10, 1], 3),
      uk('141', 'Glasgow', CallClass.NATIONAL, [10, 1], 3),
      uk('151', 'Liverpool', CallClass.NATIONAL, [10, 1], 3),
      uk('161', 'Manchester', CallClass.NATIONAL, [10, 1], 3),
      uk('171', 'geographic', CallClass.NATIONAL, [10, 1], 3),
      uk('181', 'geographic', CallClass.NATIONAL, [10, 1], 3),
      uk('191', 'Tyneside', CallClass.NATIONAL, [10, 1], 3),
      uk('2', 'geographic', CallClass.NATIONAL, [10, 1], 2),
      uk('3', 'non-geographic (03)', CallClass.NATIONAL, [10, 1]),
      uk('7', 'mobile', CallClass.MOBILE, [20, 4]),
      uk('70', 'personal numbering (070)', CallClass.NATIONAL, [50, 30]),
      uk('76', 'pagers (076)', CallClass.NATIONAL, [50, 30]),
      uk('80', 'freephone (0800/0808)', CallClass.TOLL_FREE, [0, 0]),
      uk('84', 'service (084)', CallClass.NATIONAL, [15, 5]),
      uk('87', 'service (087)', CallClass.NATIONAL, [15, 5]),
    ],
  },
};

/** International destinations (from anywhere), by country calling code. */
export const INTERNATIONAL: Destination[] = [
  { prefix: '1', label: 'USA and Canada', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 60, carrierCostPerMinuteCents: 12 },
  { prefix: '27', label: 'South Africa', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 120, carrierCostPerMinuteCents: 45 },
  { prefix: '44', label: 'United Kingdom', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 60, carrierCostPerMinuteCents: 10 },
  { prefix: '447', label: 'United Kingdom mobile', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 150, carrierCostPerMinuteCents: 55 },
  { prefix: '49', label: 'Germany', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 70, carrierCostPerMinuteCents: 15 },
  { prefix: '61', label: 'Australia', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 90, carrierCostPerMinuteCents: 25 },
  { prefix: '91', label: 'India', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 110, carrierCostPerMinuteCents: 40 },
  { prefix: '263', label: 'Zimbabwe', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 250, carrierCostPerMinuteCents: 140 },
  { prefix: '264', label: 'Namibia', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 180, carrierCostPerMinuteCents: 90 },
  { prefix: '267', label: 'Botswana', callClass: CallClass.INTERNATIONAL, suggestedRetailPerMinuteCents: 180, carrierCostPerMinuteCents: 90 },
  // Other countries: INTERNATIONAL without a cost base (only a tariff rate or CDR cost prices them).
];

const longest = (rows: Destination[], digits: string) =>
  rows.reduce<Destination | null>((best, d) => (digits.startsWith(d.prefix) && (!best || d.prefix.length > best.prefix.length) ? d : best), null);

/** A number as E.164 (`+27215551234`), read as dialled from a line in `country`; null when it is not a phone number. */
export function toE164(raw: string, country?: CountryCode): string | null {
  const s = raw.trim();
  if (!/^\+?[0-9 ()-]{4,20}$/.test(s)) return null;
  const parsed = parsePhoneNumberFromString(s, country ? { defaultCountry: country } : undefined);
  return parsed && parsed.isPossible() ? parsed.number : null;
}

/** The country (ISO code) a line's E.164 number belongs to. */
export function countryOf(e164: string): CountryCode | undefined {
  return parsePhoneNumberFromString(e164)?.country;
}

export interface Classified {
  callClass: CallClass;
  destination: Destination | null;
}

/**
 * The call class of a call from `lineE164` to `destE164`: within the line's country by the
 * domestic table (LOCAL when a geographic number shares the line's area code), else
 * INTERNATIONAL by country row.
 */
export function classify(lineE164: string, destE164: string): Classified {
  const line = lineE164.replace(/^\+/, '');
  const dest = destE164.replace(/^\+/, '');
  for (const [cc, { rows }] of Object.entries(DOMESTIC)) {
    if (!line.startsWith(cc) || !dest.startsWith(cc)) continue;
    const d = longest(rows, dest);
    if (!d) return { callClass: CallClass.NATIONAL, destination: null };
    if (d.areaDigits && d.callClass === CallClass.NATIONAL) {
      const area = (n: string) => n.slice(cc.length, cc.length + d.areaDigits!);
      const lineRow = longest(rows, line);
      if (lineRow?.areaDigits === d.areaDigits && area(line) === area(dest)) return { callClass: CallClass.LOCAL, destination: { ...d, callClass: CallClass.LOCAL } };
    }
    return { callClass: d.callClass, destination: d };
  }
  return { callClass: CallClass.INTERNATIONAL, destination: longest(INTERNATIONAL, dest) };
}
