import { WIDGETS } from '@sightline/access';
import { composeProfileQuery } from '@/profile/composeProfileQuery';
import { defineWidget } from './defineWidget';
import { WIDGETS_DRAWN, WIDGETS_IN_PAGE_ORDER, widgetListProblems } from '.';

// Composing the profile query must not load React or any widget's code: that is what keeps
// each widget in its own chunk. Every widget component imports both of these.
jest.mock('react', () => {
  throw new Error('the widget list loaded React');
});
jest.mock('@mantine/core', () => {
  throw new Error('the widget list loaded Mantine');
});

describe('widgets/index.ts', () => {
  it('lists only widgets of the shared registry, each once', () => {
    expect(WIDGETS_DRAWN.length).toBeGreaterThan(0);
    expect(widgetListProblems(WIDGETS_DRAWN)).toEqual([]);
  });

  it('would fail for an id outside the registry or an id listed twice', () => {
    expect(widgetListProblems([{ id: 'notes' }, { id: 'invoices' }, { id: 'notes' }])).toEqual([
      '"invoices" is not a widget of the shared registry',
      '"notes" is listed twice',
    ]);
  });

  it('gives each widget its title and read permission from the registry', () => {
    for (const widget of WIDGETS_DRAWN) {
      const registered = WIDGETS.find((w) => w.id === widget.id);
      expect({ title: widget.title, permission: widget.permission }).toEqual({ title: registered?.title, permission: registered?.read });
    }
    const fragment = WIDGETS_DRAWN[0].fragment;
    expect(() =>
      defineWidget({ id: 'invoices' as 'notes', fragment, span: 6, component: () => Promise.reject(new Error('unused')) }),
    ).toThrow('Widget "invoices" is not in the shared registry');
  });

  it('puts the widgets in the registry’s order, whatever the order of the list', () => {
    const order = WIDGETS.map((w) => w.id);
    const positions = WIDGETS_IN_PAGE_ORDER.map((w) => order.indexOf(w.id));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(WIDGETS_IN_PAGE_ORDER).toHaveLength(WIDGETS_DRAWN.length);
  });

  it('composes the profile query without loading React or a widget component', () => {
    const q = composeProfileQuery(WIDGETS.map((w) => w.read));
    expect(q.widgets).toEqual(WIDGETS_IN_PAGE_ORDER.map((w) => w.id));
  });
});
