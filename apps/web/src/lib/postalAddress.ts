import { graphql, type FragmentType } from '@/gql';

/**
 * The six lines of a postal address. Every selection of a `PostalAddress` spreads this, so
 * the helpers that read one (formatPostal, postalToValues) always get every line.
 */
export const PostalAddressFragment = graphql(`
  fragment PostalAddressFields on PostalAddress {
    line1
    line2
    city
    region
    postalCode
    country
  }
`);

export type PostalAddressRef = FragmentType<typeof PostalAddressFragment>;
