import { graphql } from '@/gql';

/** The roles and resellers a user or API token can be given (the forms' choices). */
export const AdminChoicesQuery = graphql(`
  query AdminChoices {
    roles {
      id
      name
      resellerScoped
    }
    resellers {
      id
      name
    }
  }
`);
