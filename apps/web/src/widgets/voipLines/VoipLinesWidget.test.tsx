import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { VoipLinesWidgetFragment } from './fragment';
import { VoipLinesWidget } from './VoipLinesWidget';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const line = (o: Record<string, unknown>): any => ({
  id: 'l1', number: '+27215550123', lineType: 'SIP_ACCOUNT', label: 'Reception', status: 'ACTIVE',
  monthlyCharge: { cents: 9900, currency: 'ZAR' }, startDate: '2026-01-01', endDate: null, tariffId: null, tariffName: null, version: 1, ...o,
});
const customer = makeFragmentData(
  {
    id: 'c1',
    voipLines: [line({}), line({ id: 'l2', number: '+27215550999', label: 'Fax', lineType: 'FAX', status: 'EXPIRED', endDate: '2026-05-31', tariffId: 't1', tariffName: 'Business Voice' })],
  },
  VoipLinesWidgetFragment,
);
const WRITE = ['voipLines:read', 'voipLines:write'];

describe('<VoipLinesWidget>', () => {
  it('lists lines with status, charge, service dates and tariff; read-only without voipLines:write', () => {
    renderWithProviders(<VoipLinesWidget customer={customer} />, { permissions: ['voipLines:read'] });
    const [first, second] = screen.getAllByTestId('voip-line');
    expect(first).toHaveTextContent('+27215550123');
    expect(first).toHaveTextContent('Sip account · Reception');
    expect(first).toHaveTextContent('Active');
    expect(first).toHaveTextContent(/R\s?99\.00/);
    expect(first).toHaveTextContent('Customer default');
    expect(second).toHaveTextContent('Expired');
    expect(second).toHaveTextContent('to 31 May 2026');
    expect(second).toHaveTextContent('Business Voice');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('expires a line with its last day and a reason; an expired line has no Expire', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<VoipLinesWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { expireVoipLine: { __typename: 'VoipLine', id: 'l1', status: 'EXPIRED', endDate: '2026-06-30' } } }),
    });
    expect(screen.getAllByRole('button', { name: 'Expire' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Expire' }));
    await user.click(await screen.findByRole('button', { name: 'Expire line' }));
    expect((await screen.findAllByText(/Say why the line ends/)).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
    const date = screen.getByLabelText(/Last day of service/);
    await user.clear(date);
    await user.type(date, '2026-06-30');
    await user.type(screen.getByLabelText(/Reason/), 'Ported out');
    await user.click(screen.getByRole('button', { name: 'Expire line' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('ExpireVoipLine'));
    expect(calls.find((c) => c.operationName === 'ExpireVoipLine')!.variables).toEqual({ input: { id: 'l1', endDate: '2026-06-30', reason: 'Ported out' } });
  });

  it('adds a line: the charge in rand becomes cents, the tariff defaults to the customer’s, and API field errors show', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<VoipLinesWidget customer={customer} />, {
      permissions: WRITE,
      handler: (op) =>
        op.operationName === 'VoipTariffOptions'
          ? { data: { voipTariffs: [{ __typename: 'VoipTariff', id: 't1', name: 'Business Voice' }] } }
          : { data: null, errors: [{ message: '"12" is not a valid phone number', extensions: { code: 'BAD_USER_INPUT', field: 'number' } }] },
    });
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    await user.type(await screen.findByLabelText(/^Number/), '12');
    const charge = screen.getByLabelText(/Monthly charge/);
    await user.clear(charge);
    await user.type(charge, '149.5');
    await user.click(screen.getByRole('button', { name: 'Save line' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('AddVoipLine'));
    expect(calls.find((c) => c.operationName === 'AddVoipLine')!.variables.input).toMatchObject({
      customerId: 'c1', number: '12', lineType: 'SIP_ACCOUNT', label: null, monthlyChargeCents: 14950, tariffId: null,
    });
    expect(await screen.findAllByText('"12" is not a valid phone number')).not.toHaveLength(0);
    expect(screen.getByLabelText(/^Number/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('imports a CDR file and lists the bad rows by line number when the file is refused', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<VoipLinesWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({
        data: {
          importCallRecords: {
            __typename: 'CdrImport', id: 'i1', fileName: 'Master.csv', ok: false, rows: 3, imported: 0, duplicates: 0, notAnswered: 0, unrated: 0,
            errors: [{ __typename: 'CdrRowError', line: 2, message: 'billsec "abc" is not a number of seconds' }, { __typename: 'CdrRowError', line: 3, message: 'No VoIP line in service' }],
          },
        },
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Import calls' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText('Choose the Master.csv file first')).toBeInTheDocument();
    const csv = '"","+27215550123","0825550100","from-internal","","","","Dial","","2026-03-02 10:00:00","2026-03-02 10:00:00","2026-03-02 10:01:00",65,61,"ANSWERED","DOCUMENTATION","a.1",""';
    await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File([csv], 'Master.csv', { type: 'text/csv' }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByTestId('import-report')).toHaveTextContent('Master.csv: nothing imported, 2 bad rows');
    expect(within(dialog).getAllByTestId('import-error').map((r) => r.textContent)).toEqual(['2billsec "abc" is not a number of seconds', '3No VoIP line in service']);
    expect(calls.find((c) => c.operationName === 'ImportCallRecords')!.variables.input).toEqual({ customerId: 'c1', fileName: 'Master.csv', csv });
  });
});
