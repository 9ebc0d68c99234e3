import { screen } from '@testing-library/react';
import { makeFragmentData } from '@/gql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AuditTrailEntryFragment, AuditTrailPageFragment, AuditTrailWidgetFragment } from './fragment';
import { AuditTrailWidget } from './AuditTrailWidget';

test('a long unbroken value wraps inside the trail instead of widening it', () => {
  const body = 'z'.repeat(300);
  const entry = makeFragmentData(
    { id: '1', at: '2024-03-01T10:00:00Z', actorName: 'Ann Agent', actorKind: 'STAFF', client: 'web', action: 'note.remove', actionLabel: 'Note deleted', field: null, oldValue: null, newValue: JSON.stringify({ body }) },
    AuditTrailEntryFragment,
  );
  const customer = makeFragmentData(
    { id: 'c1', auditTrail: makeFragmentData({ edges: [{ cursor: '1', node: entry }], pageInfo: { hasNextPage: false, endCursor: '1' } }, AuditTrailPageFragment) },
    AuditTrailWidgetFragment,
  );
  renderWithProviders(<AuditTrailWidget customer={customer} />, { permissions: ['auditTrail:read'] });
  const change = screen.getByTestId('audit-change');
  expect(change).toHaveTextContent(body);
  expect(change).toHaveStyle({ overflowWrap: 'anywhere' });
});

test('an entry shows what its module calls the action, not the internal name', () => {
  const entry = makeFragmentData(
    { id: '2', at: '2024-03-01T10:00:00Z', actorName: 'Ann Agent', actorKind: 'STAFF', client: 'web', action: 'note.popup', actionLabel: 'Pop-up flag changed', field: 'popup', oldValue: 'false', newValue: 'true' },
    AuditTrailEntryFragment,
  );
  const customer = makeFragmentData(
    { id: 'c1', auditTrail: makeFragmentData({ edges: [{ cursor: '2', node: entry }], pageInfo: { hasNextPage: false, endCursor: '2' } }, AuditTrailPageFragment) },
    AuditTrailWidgetFragment,
  );
  renderWithProviders(<AuditTrailWidget customer={customer} />, { permissions: ['auditTrail:read'] });
  expect(screen.getByText('Pop-up flag changed')).toHaveAttribute('title', 'note.popup');
  expect(screen.queryByText('note.popup')).toBeNull();
});
