import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { print } from 'graphql';
import { renderWithProviders, type Handler } from '../../test/renderWithProviders';
import { CustomerList } from './CustomerList';
import { CUSTOMER_PAGE_SIZE as PAGE_SIZE } from './documents';

const router = { push: jest.fn(), replace: jest.fn() };
let search = new URLSearchParams();
jest.mock('next/navigation', () => ({
  useRouter: () => router,
  usePathname: () => '/customers',
  useSearchParams: () => search,
}));

const row = (id: string, name: string, balance: { cents: number; currency: string }) => ({
  __typename: 'CustomerEdge',
  cursor: `cur-${id}`,
  node: { __typename: 'Customer', id, name, accountNumber: `SL${id}`, status: 'ACTIVE', balance: { __typename: 'Money', ...balance } },
});

const page = (pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean }, totalCount = 60, capped = false): Handler => () => ({
  data: {
    customers: {
      __typename: 'CustomerConnection',
      totalCountAtLeast: totalCount,
      totalCountIsCapped: capped,
      pageInfo: { __typename: 'PageInfo', startCursor: 'cur-1', endCursor: 'cur-2', ...pageInfo },
      edges: [row('1', 'Acme Farms', { cents: 0, currency: 'ZAR' }), row('2', 'Brixton Books', { cents: 380358, currency: 'GBP' })],
    },
  },
});

const show = (url: string, handler: Handler) => {
  search = new URLSearchParams(url);
  return renderWithProviders(<CustomerList />, { permissions: ['notes:read', 'ageAnalysis:read'], handler });
};

beforeEach(() => {
  router.push.mockReset();
  router.replace.mockReset();
});

describe('<CustomerList> keeps its page in the URL', () => {
  it('opens on the page the URL names (after a reload or Back), and Next adds a history entry', async () => {
    const user = userEvent.setup();
    const { calls } = show('after=cur-x&page=2', page({ hasNextPage: true, hasPreviousPage: true }));
    await screen.findByText('Acme Farms');
    expect(calls[0].variables).toMatchObject({ first: PAGE_SIZE, after: 'cur-x', last: null, before: null });
    expect(screen.getByTestId('page-number')).toHaveTextContent('Page 2');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(router.push).toHaveBeenCalledWith('/customers?after=cur-2&page=3', { scroll: false });
  });

  it('goes back a page with `before`, and to the plain list from page 2', async () => {
    const user = userEvent.setup();
    const { calls, unmount } = show('q=acme&after=cur-x&page=3', page({ hasNextPage: false, hasPreviousPage: true }));
    await screen.findByText('Acme Farms');
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(router.push).toHaveBeenCalledWith('/customers?q=acme&before=cur-1&page=2', { scroll: false });
    unmount();

    router.push.mockReset();
    const back = show('q=acme&before=cur-1&page=2', page({ hasNextPage: true, hasPreviousPage: true }));
    await screen.findByText('Acme Farms');
    expect(back.calls[0].variables).toMatchObject({ first: null, after: null, last: PAGE_SIZE, before: 'cur-1', filter: { search: 'acme' } });
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(router.push).toHaveBeenCalledWith('/customers?q=acme', { scroll: false });
    expect(calls).toHaveLength(1);
  });

  it('knows the first page from the API whatever the URL says, and disables Previous there', async () => {
    show('before=cur-9&page=4', page({ hasNextPage: true, hasPreviousPage: false }));
    await screen.findByText('Acme Farms');
    expect(screen.getByTestId('page-number')).toHaveTextContent('Page 1');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('starts a new search on page 1 (replacing the URL), and caps the search at what the API accepts', async () => {
    const user = userEvent.setup();
    show('after=cur-x&page=2', page({ hasNextPage: true, hasPreviousPage: true }));
    const box = await screen.findByLabelText('Search');
    expect(box).toHaveAttribute('maxlength', '100');
    await user.type(box, 'karoo');
    await waitFor(() => expect(router.replace).toHaveBeenCalledWith('/customers?q=karoo', { scroll: false }));
    expect(router.push).not.toHaveBeenCalled();
  });
});

describe('<CustomerList> wording', () => {
  it('says "1 customer" and formats every balance with its own currency the same way', async () => {
    show('', page({ hasNextPage: false, hasPreviousPage: false }, 1));
    await screen.findByText('Acme Farms');
    expect(screen.getByTestId('customer-count')).toHaveTextContent(/^1 customer$/);
    expect(screen.getAllByTestId('balance-cell').map((c) => c.textContent)).toEqual(['R\u00a00.00', '£3,803.58']);
  });

  it('says "1,000+ customers" when the API stopped counting, and the exact count below that', async () => {
    const { unmount } = show('q=a', page({ hasNextPage: true, hasPreviousPage: false }, 1000, true));
    await screen.findByText('Acme Farms');
    expect(screen.getByTestId('customer-count')).toHaveTextContent(/^1,000\+ customers$/);
    unmount();
    show('q=ab', page({ hasNextPage: true, hasPreviousPage: false }, 1000, false));
    await screen.findByText('Acme Farms');
    expect(screen.getByTestId('customer-count')).toHaveTextContent(/^1,000 customers$/);
  });
});

describe('<CustomerList> columns', () => {
  it('asks only for the columns the user may see, and draws only those', async () => {
    const { calls } = show('', page({ hasNextPage: false, hasPreviousPage: false }));
    await screen.findByText('Acme Farms');
    const sent = print(calls[0].query);
    expect(sent).toContain('...CustomerBalance_customer');
    // Without accountDetails:read the field's name is not even in the query.
    expect(sent).not.toMatch(/accountDetails|@include/);
    expect(screen.getByRole('columnheader', { name: 'Balance' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Phone' })).not.toBeInTheDocument();
  });
});
