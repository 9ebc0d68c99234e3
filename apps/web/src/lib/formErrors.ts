import { fieldErrorsOf, graphQLErrorsOf } from './graphqlErrors';

/**
 * Puts the API's field errors (BAD_USER_INPUT + extensions.field) under the matching form
 * fields. The API may name a field `body`, `input.body` or `address.city`: the form keys
 * given in `fields` are matched by full path first, then by last segment. Returns true when
 * every error found a field, i.e. there is nothing left to show at form level.
 */
export function applyFieldErrors(
  error: unknown,
  fields: readonly string[],
  setFieldError: (field: string, message: string) => void,
): boolean {
  const all = fieldErrorsOf(error);
  let unplaced = graphQLErrorsOf(error).length - Object.keys(all).length;
  for (const [apiField, message] of Object.entries(all)) {
    const path = apiField.replace(/^input\./, '');
    const target = fields.find((f) => f === path) ?? fields.find((f) => f.split('.').pop() === path.split('.').pop());
    if (target) setFieldError(target, message);
    else unplaced += 1;
  }
  return unplaced === 0 && graphQLErrorsOf(error).length > 0;
}
