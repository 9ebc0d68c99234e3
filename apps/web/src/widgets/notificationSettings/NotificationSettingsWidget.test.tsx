import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NotificationSettingsWidgetFragment } from './fragment';
import { NotificationSettingsWidget } from './NotificationSettingsWidget';
import { splitDestinations } from './DestinationsForm';

const KINDS = ['INVOICE', 'USAGE_ALERT', 'SUSPENSION_WARNING', 'TICKET_REPLY'] as const;
const CHANNELS = ['EMAIL', 'SMS'] as const;

const settingsWith = (filled: Record<string, { address: string; orphaned: boolean }[]>) => {
  const cells = KINDS.flatMap((kind) =>
    CHANNELS.map((channel) => ({
      id: `c1:${kind}:${channel}`,
      kind,
      channel,
      destinations: (filled[`${kind}/${channel}`] ?? []).map((d, i) => ({ id: `${kind}-${channel}-${i}`, ...d })),
    })),
  );
  return makeFragmentData(
    { id: 'c1', notificationSettings: { id: 'c1', orphanedCount: cells.flatMap((x) => x.destinations).filter((d) => d.orphaned).length, cells } },
    NotificationSettingsWidgetFragment,
  );
};

const customer = settingsWith({
  'INVOICE/EMAIL': [
    { address: 'billing@farm.co.za', orphaned: false },
    { address: 'old@farm.co.za', orphaned: true },
  ],
  'USAGE_ALERT/SMS': [{ address: '+27825550101', orphaned: true }],
  'TICKET_REPLY/EMAIL': [{ address: 'billing@farm.co.za', orphaned: false }],
});

const READ = ['notificationSettings:read'];
const WRITE = ['notificationSettings:read', 'notificationSettings:write'];

describe('<NotificationSettingsWidget>', () => {
  it('shows the matrix of kinds × channels, "Not sent" for empty cells, and no controls without write', () => {
    renderWithProviders(<NotificationSettingsWidget customer={customer} />, { permissions: READ });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Message', 'Email', 'SMS']);
    expect(screen.getByTestId('notification-INVOICE-EMAIL')).toHaveTextContent('billing@farm.co.za');
    expect(screen.getByTestId('notification-TICKET_REPLY-SMS')).toHaveTextContent('Not sent');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('flags orphaned destinations and counts them in a banner', () => {
    renderWithProviders(<NotificationSettingsWidget customer={customer} />, { permissions: READ });
    expect(screen.getByTestId('orphaned-banner')).toHaveTextContent('2 destinations no longer match');
    const flagged = screen.getAllByTestId('orphaned-destination').map((d) => d.textContent);
    expect(flagged).toEqual(['old@farm.co.zanot on account', '+27825550101not on account']);
    expect(within(screen.getByTestId('notification-INVOICE-EMAIL')).getAllByTestId('orphaned-destination')).toHaveLength(1);
  });

  it('shows no banner when every destination matches', () => {
    const clean = settingsWith({ 'INVOICE/EMAIL': [{ address: 'billing@farm.co.za', orphaned: false }] });
    renderWithProviders(<NotificationSettingsWidget customer={clean} />, { permissions: READ });
    expect(screen.queryByTestId('orphaned-banner')).not.toBeInTheDocument();
    expect(screen.queryByTestId('orphaned-destination')).not.toBeInTheDocument();
  });

  it('edits one cell: replaces its whole list', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<NotificationSettingsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { setNotificationDestinations: { __typename: 'Customer', id: 'c1' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Edit invoices by Email' }));
    const box = await screen.findByLabelText(/Email addresses, one per line/);
    expect(box).toHaveValue('billing@farm.co.za\nold@farm.co.za');
    await user.clear(box);
    await user.click(box);
    await user.paste('billing@farm.co.za\nbookkeeper@farm.co.za');
    await user.click(screen.getByRole('button', { name: 'Save destinations' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('SetNotificationDestinations'));
    expect(calls.find((c) => c.operationName === 'SetNotificationDestinations')!.variables.input).toEqual({
      customerId: 'c1',
      kind: 'INVOICE',
      channel: 'EMAIL',
      destinations: ['billing@farm.co.za', 'bookkeeper@farm.co.za'],
    });
  });

  it('shows the API’s refusal of a bad address at the field', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationSettingsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({
        data: null,
        errors: [{ message: '"12345" is not a valid phone number', extensions: { code: 'BAD_USER_INPUT', field: 'destinations' } }],
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Edit usage alerts by SMS' }));
    const box = await screen.findByLabelText(/Mobile numbers, one per line/);
    await user.clear(box);
    await user.type(box, '12345');
    await user.click(screen.getByRole('button', { name: 'Save destinations' }));
    expect((await screen.findAllByText('"12345" is not a valid phone number')).length).toBeGreaterThan(0);
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('points one cell at the account details', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<NotificationSettingsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { applyDefaultNotificationDestinations: { __typename: 'Customer', id: 'c1' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Edit suspension warnings by SMS' }));
    await user.click(await screen.findByRole('button', { name: 'Use account details' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('ApplyDefaultNotificationDestinations'));
    expect(calls.find((c) => c.operationName === 'ApplyDefaultNotificationDestinations')!.variables.input).toEqual({
      customerId: 'c1',
      kind: 'SUSPENSION_WARNING',
      channel: 'SMS',
    });
  });

  it('resets every cell to the account details after confirming', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<NotificationSettingsWidget customer={customer} />, {
      permissions: WRITE,
      handler: () => ({ data: { applyDefaultNotificationDestinations: { __typename: 'Customer', id: 'c1' } } }),
    });
    await user.click(screen.getByRole('button', { name: 'Reset to account details' }));
    expect(calls).toHaveLength(0);
    await user.click(await screen.findByRole('button', { name: 'Yes, reset' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('ApplyDefaultNotificationDestinations'));
    expect(calls.find((c) => c.operationName === 'ApplyDefaultNotificationDestinations')!.variables.input).toEqual({ customerId: 'c1' });
  });
});

test('destinations are split by lines, commas and semicolons', () => {
  expect(splitDestinations(' a@b.co.za,\n\nc@d.co.za; 082 555 0101 ')).toEqual(['a@b.co.za', 'c@d.co.za', '082 555 0101']);
});
