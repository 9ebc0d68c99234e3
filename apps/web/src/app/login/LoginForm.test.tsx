import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { LoginForm } from './LoginForm';

describe('<LoginForm>', () => {
  it('explains an expired session', () => {
    renderWithProviders(<LoginForm expired next="/customers" />);
    expect(screen.getByText('Your session has expired, please sign in again.')).toBeInTheDocument();
  });

  it('says so on a wrong password', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<LoginForm expired={false} next="/customers" />, {
      handler: () => ({ data: null, errors: [{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    await user.type(screen.getByLabelText('Email'), 'support@demo.sightline.test');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(calls[0].variables).toEqual({ email: 'support@demo.sightline.test', password: 'wrong' });
  });
});
