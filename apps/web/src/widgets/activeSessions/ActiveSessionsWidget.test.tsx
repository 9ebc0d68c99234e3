import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ActiveSessionsWidgetFragment } from './fragment';
import { ActiveSessionsWidget } from './ActiveSessionsWidget';

const session = (over: Record<string, unknown>) => ({
  __typename: 'DataSession' as const,
  id: '101',
  username: 'jane@wisp.test',
  nasAddress: '10.255.0.1',
  nasName: 'tower-1',
  framedIp: '100.64.1.20',
  macAddress: 'AA:BB:CC:DD:EE:01',
  startedAt: '2026-11-23T06:00:00Z',
  lastUpdateAt: '2026-11-23T09:00:00Z',
  durationSeconds: 3 * 3600 + 5 * 60,
  uploadBytes: 120_000_000,
  downloadBytes: 2_500_000_000,
  stale: false,
  ...over,
});

const customer = makeFragmentData(
  { id: 'c1', activeSessions: [session({}), session({ id: '102', username: 'office@wisp.test', stale: true, nasName: null })] },
  ActiveSessionsWidgetFragment,
);

describe('<ActiveSessionsWidget>', () => {
  it('lists open sessions with NAS, IP, MAC, duration and bytes; marks stale ones; no disconnect without dataAccounts:write', () => {
    renderWithProviders(<ActiveSessionsWidget customer={customer} />, { permissions: ['activeSessions:read'] });
    const [first, second] = screen.getAllByTestId('session');
    expect(first).toHaveTextContent('jane@wisp.test');
    expect(first).toHaveTextContent('tower-1');
    expect(first).toHaveTextContent('100.64.1.20');
    expect(first).toHaveTextContent('AA:BB:CC:DD:EE:01');
    expect(first).toHaveTextContent('3h 05m');
    expect(first).toHaveTextContent('2.5 GB / 120 MB');
    expect(first).not.toHaveTextContent('Stale');
    expect(second).toHaveTextContent('Stale');
    expect(second).toHaveTextContent('10.255.0.1');
    expect(screen.queryByRole('button', { name: /Disconnect/ })).not.toBeInTheDocument();
  });

  it('says so when nobody is online', () => {
    renderWithProviders(<ActiveSessionsWidget customer={makeFragmentData({ id: 'c1', activeSessions: [] }, ActiveSessionsWidgetFragment)} />, {
      permissions: ['activeSessions:read'],
    });
    expect(screen.getByText(/No open sessions/)).toBeInTheDocument();
  });

  it('disconnects after confirming and shows the NAS answer', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<ActiveSessionsWidget customer={customer} />, {
      permissions: ['activeSessions:read', 'dataAccounts:write'],
      handler: (op) =>
        op.operationName === 'DisconnectSession'
          ? { data: { disconnectSession: { __typename: 'DisconnectResult', sessionId: '101', outcome: 'NAK', errorCause: 'Session-Context-Not-Found', nasAddress: '10.255.0.1' } } }
          : { data: null },
    });
    await user.click(screen.getAllByRole('button', { name: 'Disconnect' })[0]);
    expect(await screen.findByText(/Disconnect jane@wisp.test\?/)).toBeInTheDocument();
    expect(calls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('DisconnectSession'));
    expect(calls.find((c) => c.operationName === 'DisconnectSession')!.variables).toEqual({ id: '101' });
    const result = await screen.findByTestId('disconnect-result');
    expect(result).toHaveTextContent('The NAS refused: jane@wisp.test');
    expect(result).toHaveTextContent('Session-Context-Not-Found');
  });

  it('shows an error when the API refuses', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ActiveSessionsWidget customer={customer} />, {
      permissions: ['activeSessions:read', 'dataAccounts:write'],
      handler: () => ({ data: null, errors: [{ message: 'Session not found', extensions: { code: 'NOT_FOUND' } }] }),
    });
    await user.click(screen.getAllByRole('button', { name: 'Disconnect' })[0]);
    await user.click(await screen.findByRole('button', { name: 'Yes, disconnect' }));
    expect(await screen.findByTestId('disconnect-result')).toHaveTextContent('Disconnect failed: jane@wisp.test');
  });
});
