import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/renderWithProviders';
import { AppFrame } from './AppFrame';

jest.mock('next/navigation', () => ({ usePathname: () => '/customers' }));

test('the avatar shows initials from the words of a name with punctuation', async () => {
  renderWithProviders(<AppFrame><p>page</p></AppFrame>, {
    handler: () => ({
      data: {
        me: { __typename: 'Me', id: 'u9', kind: 'STAFF', name: 'Anele (Reseller A)', email: 'reseller-a@demo.sightline.test', role: 'reseller', permissions: ['accountDetails:read'], reseller: { __typename: 'Reseller', id: 'r1', name: 'Reseller A (Karoo Wireless)' } },
      },
    }),
  });
  expect(await screen.findByText('page')).toBeInTheDocument();
  expect(screen.getByTestId('user-menu')).toHaveTextContent(/^ARAnele \(Reseller A\)Reseller$/);
});
