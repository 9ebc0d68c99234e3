import { countOf, formatMoney, initials } from './format';

describe('formatMoney', () => {
  it('formats every currency the same way, with its everyday symbol', () => {
    expect(formatMoney({ cents: 0, currency: 'ZAR' })).toBe('R\u00a00.00');
    expect(formatMoney({ cents: 380358, currency: 'GBP' })).toBe('£3,803.58');
    expect(formatMoney({ cents: -123450, currency: 'ZAR' })).toBe('-R\u00a01,234.50');
    expect(formatMoney({ cents: 1999, currency: 'USD' })).toBe('$19.99');
  });

  it('shows a dash for no amount, and the code for an unknown currency', () => {
    expect(formatMoney(null)).toBe('—');
    expect(formatMoney({ cents: 150, currency: 'XX' })).toBe('1.50 XX');
  });
});

test('countOf speaks English', () => {
  expect(countOf(0, 'customer')).toBe('0 customers');
  expect(countOf(1, 'customer')).toBe('1 customer');
  expect(countOf(1204, 'customer')).toBe('1,204 customers');
  expect(countOf(3, 'pop-up note')).toBe('3 pop-up notes');
});

test('initials come from words, never from punctuation', () => {
  expect(initials('Anele (Reseller A)')).toBe('AR');
  expect(initials('Reseller A (Karoo)')).toBe('RA');
  expect(initials('Sam Support')).toBe('SS');
  expect(initials('  thandi ')).toBe('T');
  expect(initials('Ólafur Ágústsson')).toBe('ÓÁ');
  expect(initials('(((')).toBe('?');
});
