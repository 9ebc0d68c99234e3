import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { WidgetCard } from './WidgetCard';

function Boom(): never {
  throw new Error('cannot read properties of undefined');
}

describe('<WidgetCard>', () => {
  it('shows the load error of its widget instead of the widget', () => {
    renderWithProviders(
      <WidgetCard widgetId="addresses" title="Additional address details" errors={[{ message: 'database timeout', path: ['customer', 'addresses'] }]}>
        <p>addresses table</p>
      </WidgetCard>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Additional address details could not be loaded');
    expect(screen.getByRole('alert')).toHaveTextContent('database timeout');
    expect(screen.queryByText('addresses table')).not.toBeInTheDocument();
  });

  it('catches a widget that throws while drawing and leaves its neighbours alone', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    renderWithProviders(
      <>
        <WidgetCard widgetId="notes" title="Customer notes"><Boom /></WidgetCard>
        <WidgetCard widgetId="auditTrail" title="Customer audit trail"><p>audit rows</p></WidgetCard>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Customer notes could not be shown');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByText('audit rows')).toBeInTheDocument();
    spy.mockRestore();
  });
});
