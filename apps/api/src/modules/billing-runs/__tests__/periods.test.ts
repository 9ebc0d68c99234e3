import { advancePeriod, arrearsMonths, daysInMonth, nextPeriod, prorateMonth, refundBeyond } from '../periods';

describe('proration to the day', () => {
  test('a full month is the monthly price, whatever the month length', () => {
    expect(prorateMonth(29_900, '2026-02-01', '2025-01-10', null)).toEqual({ start: '2026-02-01', end: '2026-02-28', days: 28, monthDays: 28, netCents: 29_900 });
    expect(prorateMonth(29_900, '2026-03-01', '2025-01-10', null)?.netCents).toBe(29_900);
  });

  test('a service starting mid-month pays the days from its start date, inclusive', () => {
    // 16–30 November: 15 of 30 days.
    expect(prorateMonth(30_000, '2026-11-01', '2026-11-16', null)).toEqual({ start: '2026-11-16', end: '2026-11-30', days: 15, monthDays: 30, netCents: 15_000 });
    // 10–31 January: 22 of 31 days of R299 = 21 219.35… → 21 219 cents.
    expect(prorateMonth(29_900, '2027-01-01', '2027-01-10', null)?.netCents).toBe(21_219);
  });

  test('a service ending mid-month pays up to its end date, inclusive; leap February has 29 days', () => {
    expect(daysInMonth('2028-02-01')).toBe(29);
    expect(prorateMonth(29_000, '2028-02-01', '2027-06-01', '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-10', days: 10, monthDays: 29, netCents: 10_000 });
    // Starts and ends in the same month: 5th to 7th = 3 days of 31.
    expect(prorateMonth(31_000, '2026-12-01', '2026-12-05', '2026-12-07')?.days).toBe(3);
    expect(prorateMonth(31_000, '2026-12-01', '2026-12-05', '2026-12-07')?.netCents).toBe(3_000);
  });

  test('no charge in a month the service is not in', () => {
    expect(prorateMonth(30_000, '2026-11-01', '2026-12-01', null)).toBeNull();
    expect(prorateMonth(30_000, '2026-11-01', '2026-01-01', '2026-10-31')).toBeNull();
  });

  test('a refund gives back the days billed beyond the end date', () => {
    const november = { start: '2026-11-01', end: '2026-11-30', days: 30, netCents: 30_000 };
    expect(refundBeyond(november, '2026-11-20')).toEqual({ start: '2026-11-21', end: '2026-11-30', days: 10, netCents: -10_000 });
    expect(refundBeyond(november, '2026-10-31')).toEqual({ start: '2026-11-01', end: '2026-11-30', days: 30, netCents: -30_000 });
    expect(refundBeyond(november, '2026-11-30')).toBeNull();
    // A prorated charge (16th–30th, 15 days) ended on the 25th: 5 of its 15 days back.
    expect(refundBeyond({ start: '2026-11-16', end: '2026-11-30', days: 15, netCents: 15_000 }, '2026-11-25')?.netCents).toBe(-5_000);
  });
});

describe('periods: in advance per cycle, usage in arrears', () => {
  test('monthly bills the run month; quarterly only from January, April, July, October; manual never', () => {
    expect(advancePeriod('monthly', '2026-11-01')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(advancePeriod('quarterly', '2026-11-01')).toBeNull();
    expect(advancePeriod('quarterly', '2026-10-01')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(advancePeriod('manual', '2026-11-01')).toBeNull();
    expect(nextPeriod('quarterly', '2026-11-01')).toEqual({ start: '2027-01-01', end: '2027-03-31' });
  });

  test('usage is the months before the period, as many as the period spans', () => {
    expect(arrearsMonths({ start: '2026-11-01', end: '2026-11-30' })).toEqual(['2026-10-01']);
    expect(arrearsMonths({ start: '2027-01-01', end: '2027-03-31' })).toEqual(['2026-10-01', '2026-11-01', '2026-12-01']);
  });
});
