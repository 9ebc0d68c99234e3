import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WIDGETS_DRAWN, type AnyDrawnWidget } from '@/widgets';
import { renderWithProviders } from '../../test/renderWithProviders';
import type { ProfileCustomer } from './composeProfileQuery';
import { WidgetCard } from './WidgetCard';
import { widgetComponent } from './widgetComponent';

/** A widget like the real ones, whose code arrives when the test says so. */
function slowWidget() {
  const loads: { resolve: (c: () => React.ReactNode) => void; reject: (e: Error) => void }[] = [];
  const widget = {
    ...WIDGETS_DRAWN[0],
    component: () => new Promise((resolve, reject) => loads.push({ resolve, reject })),
  } as unknown as AnyDrawnWidget;
  return { widget, loads };
}

const drawCard = (widget: AnyDrawnWidget) => {
  const Widget = widgetComponent(widget);
  return renderWithProviders(
    <WidgetCard widgetId={widget.id} title={widget.title}>
      <Widget customer={{ id: 'c1' } as ProfileCustomer} />
    </WidgetCard>,
  );
};

describe('widgetComponent', () => {
  it('loads every listed widget’s component', async () => {
    for (const widget of WIDGETS_DRAWN) expect(typeof (await widget.component())).toBe('function');
  });

  it('shows a skeleton in the card while the widget’s code loads, then the widget', async () => {
    const { widget, loads } = slowWidget();
    drawCard(widget);
    const card = screen.getByRole('region', { name: widget.title });
    expect(within(card).getByLabelText(`Loading ${widget.title}`)).toHaveAttribute('aria-busy', 'true');
    loads[0].resolve(() => <p>drawn</p>);
    expect(await within(card).findByText('drawn')).toBeInTheDocument();
    expect(within(card).queryByLabelText(`Loading ${widget.title}`)).not.toBeInTheDocument();
  });

  it('shows the card’s error when the code fails to load, and loads it afresh on Try again', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const { widget, loads } = slowWidget();
    drawCard(widget);
    const chunkError = Object.assign(new Error('Loading chunk 42 failed.'), { name: 'ChunkLoadError' });
    loads[0].reject(chunkError);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`${widget.title} could not be shown`);
    expect(alert).toHaveTextContent('Its code could not be downloaded');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(loads).toHaveLength(2);
    loads[1].resolve(() => <p>drawn after all</p>);
    expect(await screen.findByText('drawn after all')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    spy.mockRestore();
  });
});
