import type { RequestContext } from '../../kernel/request-context';
import { badInput } from '../../kernel/errors';
import { addRecord, removeRecord, updateRecord, type RecordKind } from '../customers';
import { CustomerAddress } from './customer-address.entity';
import type { AddAddressInput, UpdateAddressInput } from './address.inputs';

const addresses: RecordKind<CustomerAddress> = { entity: CustomerAddress, table: 'customer_address', label: 'Address', auditName: 'address' };

export function addAddress(ctx: RequestContext, { customerId, ...values }: AddAddressInput) {
  if (!values.address.line1 || !values.address.city) throw badInput('address.line1', 'an address needs at least line1 and city');
  return addRecord(ctx, addresses, customerId, { ...values, address: { ...values.address } });
}

export const updateAddress = (ctx: RequestContext, { id, expectedVersion, ...fields }: UpdateAddressInput) =>
  updateRecord(ctx, addresses, id, expectedVersion, { ...fields });

export const removeAddress = (ctx: RequestContext, id: string) => removeRecord(ctx, addresses, id);
