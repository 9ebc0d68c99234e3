import { print } from 'graphql';
import { CustomerLinkFragment, customerListQuery, customerSummaryQuery } from '@/customers/documents';
import { customerFieldsOf } from '@/profile/composeProfileQuery';
import { CustomerProfileBaseQuery as base } from '@/profile/documents';
import { definePermittedFragment, withPermittedFragments } from './permittedFragments';

const nodeFields = (query: string) => query.slice(query.indexOf('node {'));

describe('withPermittedFragments', () => {
  it('spreads only the fragments the user may read, where it is told to, lists included', () => {
    const { document, withDetails, withBalance } = customerListQuery(['ageAnalysis:read']);
    expect({ withDetails, withBalance }).toEqual({ withDetails: false, withBalance: true });
    const text = print(document);
    expect(nodeFields(text)).toMatch(/node \{\n\s+id\n\s+accountNumber\n\s+status\n\s+\.\.\.CustomerLink_customer\n\s+\.\.\.CustomerBalance_customer\n/);
    // Never the name of a field the user may not read, and no directives to count against the limits.
    expect(text).not.toMatch(/accountDetails|CustomerListDetails/);
    expect(text).not.toContain('@');
    expect(text.match(/fragment CustomerLink_customer on Customer/g)).toHaveLength(1);
  });

  it('leaves the codegen document as it was, and gives one document per set of fragments', () => {
    const before = print(base);
    const details = definePermittedFragment({ fragment: CustomerLinkFragment, permission: 'accountDetails:read' });
    const a = withPermittedFragments(base, ['customer'], [details], ['accountDetails:read']);
    expect(print(base)).toBe(before);
    expect(withPermittedFragments(base, ['customer'], [details], ['accountDetails:read', 'notes:read']).document).toBe(a.document);
    expect(withPermittedFragments(base, ['customer'], [details], []).document).not.toBe(a.document);
    expect(withPermittedFragments(base, ['customer'], [details], ['accountDetails:read'], { leaveOut: () => true }).included).toEqual([]);
  });

  it('asks for the summary’s details and balance only with their permissions', () => {
    expect(customerFieldsOf(customerSummaryQuery([]).document)).toEqual(new Set(['id', 'name', 'accountNumber', 'status']));
    expect(customerFieldsOf(customerSummaryQuery(['accountDetails:read', 'ageAnalysis:read']).document)).toEqual(
      new Set(['id', 'name', 'accountNumber', 'status', 'accountDetails', 'balance']),
    );
  });

  it('says so when the path does not name a field with a selection', () => {
    const entry = definePermittedFragment({ fragment: CustomerLinkFragment, permission: null });
    expect(() => withPermittedFragments(base, ['customers'], [entry], [])).toThrow('no field "customers"');
  });
});
