import { inTransaction } from '../../kernel/transaction';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../kernel/request-context';
import { badInput, forbidden, mapUniqueViolation } from '../../kernel/errors';
import { audit } from '../../kernel/audit';
import { isUuid } from '../../kernel/validators';
import type { CreateResellerInput } from './reseller.inputs';
import { Reseller } from './reseller.entity';

/** The reseller's short code, from its name: "Karoo Wireless (Pty)" → "karoo-wireless-pty". */
const codeOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export async function createReseller(ctx: RequestContext, input: CreateResellerInput): Promise<Reseller> {
  if (ctx.scope.resellerId) throw forbidden('You act for one reseller only: someone not limited to a reseller adds resellers');
  const name = input.name.trim().replace(/\s+/g, ' ');
  const code = codeOf(name);
  if (name.length < 2 || !code) throw badInput('name', 'must have at least two characters, with a letter or digit');
  return inTransaction(ctx.db, async (em) => {
    const reseller = await em
      .getRepository(Reseller)
      .save({ name, code })
      // Two names that differ only in punctuation share a code: both read as "name in use".
      .catch((e) => mapUniqueViolation(e, { reseller_name_key: 'name', reseller_code_key: 'name' }));
    await audit(em, ctx, { customerId: null, action: 'reseller.create', target: `reseller:${reseller.id}`, record: { name, code } });
    return reseller;
  });
}

/** BAD_USER_INPUT on `field` unless `id` is a reseller (for users and tokens tied to one). */
export async function assertReseller(em: EntityManager, id: string, field = 'resellerId'): Promise<void> {
  const [row] = isUuid(id) ? await em.query('SELECT 1 FROM reseller WHERE id = $1', [id]) : [];
  if (!row) throw badInput(field, 'No reseller has this id');
}
