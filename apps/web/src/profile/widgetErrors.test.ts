import { splitProfileErrors } from './widgetErrors';

describe('splitProfileErrors', () => {
  it('gives each widget the errors under its own fields and keeps the rest for the page', () => {
    const { byWidget, page } = splitProfileErrors(
      [
        { message: 'addresses broke', path: ['customer', 'addresses', 0, 'label'] },
        { message: 'contacts broke', path: ['customer', 'contacts'] },
        { message: 'not found', path: ['customer'], extensions: { code: 'NOT_FOUND' } },
        { message: 'no path' },
      ],
      ['accountDetails', 'addresses', 'notes'],
    );
    expect(byWidget.get('addresses')?.map((e) => e.message)).toEqual(['addresses broke']);
    expect(byWidget.get('accountDetails')?.map((e) => e.message)).toEqual(['contacts broke']);
    expect(byWidget.has('notes')).toBe(false);
    expect(page.map((e) => e.message)).toEqual(['not found', 'no path']);
  });

  it('does not attribute an error to a widget that is not in the query', () => {
    const { byWidget, page } = splitProfileErrors([{ message: 'x', path: ['customer', 'auditTrail'] }], ['notes']);
    expect(byWidget.size).toBe(0);
    expect(page).toHaveLength(1);
  });
});
