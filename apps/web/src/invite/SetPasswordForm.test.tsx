import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApolloLink } from '@apollo/client';
import { renderWithProviders } from '../../test/renderWithProviders';
import { SetPasswordForm } from './SetPasswordForm';

const valid = (op: ApolloLink.Operation) =>
  op.operationName === 'PasswordLink'
    ? { data: { passwordLink: { __typename: 'PasswordLinkDetails', purpose: 'INVITE', name: 'Nomsa', email: 'nomsa@isp.example', expiresAt: '2030-01-01T00:00:00Z' } } }
    : { data: { setPasswordWithLink: true } };

describe('<SetPasswordForm>', () => {
  it('greets the invited user, checks the two passwords match, then sets it and offers sign-in', async () => {
    const user = userEvent.setup();
    const { calls } = renderWithProviders(<SetPasswordForm token="slp_abc" />, { handler: valid });
    expect(await screen.findByText('Welcome to Sightline, Nomsa')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('nomsa@isp.example');
    await user.type(screen.getByLabelText(/New password/), 'a-good-long-password');
    await user.type(screen.getByLabelText(/Repeat the password/), 'a-different-password');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('The two passwords differ')).toBeInTheDocument();
    expect(calls.some((c) => c.operationName === 'SetPasswordWithLink')).toBe(false);
    await user.clear(screen.getByLabelText(/Repeat the password/));
    await user.type(screen.getByLabelText(/Repeat the password/), 'a-good-long-password');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('Password set')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    await waitFor(() => expect(calls.find((c) => c.operationName === 'SetPasswordWithLink')!.variables).toEqual({ input: { token: 'slp_abc', password: 'a-good-long-password' } }));
  });

  it('explains a used or expired link instead of showing the form', async () => {
    renderWithProviders(<SetPasswordForm token="slp_used" />, {
      handler: () => ({ data: null, errors: [{ message: 'This link has already been used. Ask an administrator for a new one.', extensions: { code: 'BAD_USER_INPUT', field: 'token' } }] }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('already been used');
    expect(screen.queryByLabelText(/New password/)).not.toBeInTheDocument();
  });

  it('calls an unknown link not valid', async () => {
    renderWithProviders(<SetPasswordForm token="slp_nope" />, {
      handler: () => ({ data: null, errors: [{ message: 'Link not found', extensions: { code: 'NOT_FOUND' } }] }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid');
  });
});
