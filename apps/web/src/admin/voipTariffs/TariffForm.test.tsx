import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { TariffForm } from './TariffForm';

const tariff = {
  __typename: 'VoipTariff' as const,
  id: 't1', name: 'Home Voice', description: null, active: true, fallbackMarkupPercent: 40, version: 3,
  rates: [{ __typename: 'VoipTariffRate' as const, callClass: 'MOBILE' as const, ratePerMinuteCents: 89, billingIncrementSeconds: 60, minimumChargeCents: 0, connectionFeeCents: 0, markupPercent: null }],
};

describe('<TariffForm>', () => {
  it('creates a tariff with only the classes filled in; blanks mean no rate and the defaults', async () => {
    const user = userEvent.setup();
    const done = jest.fn();
    const { calls } = renderWithProviders(<TariffForm onDone={done} />, {
      permissions: ['catalogue:write'],
      handler: (op) => (op.operationName === 'CreateVoipTariff' ? { data: { createVoipTariff: { ...tariff, id: 't2', name: 'Business' } } } : { data: { voipTariffs: [] } }),
    });
    await user.type(screen.getByLabelText(/^Name/), 'Business');
    await user.type(screen.getByLabelText('Local rate per minute'), '30');
    await user.type(screen.getByLabelText('Local billing increment'), '1');
    await user.type(screen.getByLabelText('Local connection fee'), '10');
    await user.type(screen.getByLabelText('International markup'), '45.5');
    await user.click(screen.getByRole('button', { name: 'Add tariff' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('CreateVoipTariff'));
    expect(calls.find((c) => c.operationName === 'CreateVoipTariff')!.variables.input).toEqual({
      name: 'Business', description: null, active: true, fallbackMarkupPercent: null,
      rates: [
        { callClass: 'LOCAL', ratePerMinuteCents: 30, billingIncrementSeconds: 1, minimumChargeCents: 0, connectionFeeCents: 10, markupPercent: null },
        { callClass: 'INTERNATIONAL', ratePerMinuteCents: null, billingIncrementSeconds: 60, minimumChargeCents: 0, connectionFeeCents: 0, markupPercent: 45.5 },
      ],
    });
    await waitFor(() => expect(done).toHaveBeenCalled());
  }, 20_000);

  it('edits a tariff with the version it read, and shows a stale-version refusal', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<TariffForm tariff={tariff} onDone={() => {}} />, {
      permissions: ['catalogue:write'],
      handler: () => ({ data: null, errors: [{ message: 'The tariff was changed by someone else (version 4, you had 3); reload and try again', extensions: { code: 'CONFLICT', field: 'expectedVersion' } }] }),
    });
    expect(screen.getByLabelText('Mobile rate per minute')).toHaveValue('89');
    await user.click(screen.getByRole('button', { name: 'Save tariff' }));
    await waitFor(() => expect(calls.map((c) => c.operationName)).toContain('UpdateVoipTariff'));
    expect(calls[0].variables.input).toMatchObject({ id: 't1', expectedVersion: 3, name: 'Home Voice', fallbackMarkupPercent: 40, rates: [{ callClass: 'MOBILE', ratePerMinuteCents: 89 }] });
    expect(await screen.findByText(/Someone else changed this record/)).toBeInTheDocument();
  });
});
