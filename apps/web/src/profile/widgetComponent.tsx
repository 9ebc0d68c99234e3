'use client';

import { lazy, useContext, type ComponentType } from 'react';
import type { AnyDrawnWidget } from '@/widgets';
import type { ProfileCustomer } from './composeProfileQuery';
import { WidgetAttempt } from './WidgetErrorBoundary';

type CardComponent = ComponentType<{ customer: ProfileCustomer }>;

const components = new WeakMap<AnyDrawnWidget, CardComponent>();

/**
 * The widget's component, loaded (its own chunk) the first time its card is drawn. While it
 * loads, the card's Suspense shows a skeleton; a chunk that fails to load throws into the
 * card's error boundary, and the next draw (its "Try again") asks for the chunk afresh.
 */
export function widgetComponent(widget: AnyDrawnWidget): CardComponent {
  let component = components.get(widget);
  if (!component) {
    // The composed customer carries every widget's fragment ref; defineWidget checked that
    // this component reads its own.
    component = retryableLazy(widget.component as () => Promise<CardComponent>);
    components.set(widget, component);
  }
  return component;
}

/** Starts loading the widgets' chunks while the profile query is still on its way. */
export function preloadWidgets(widgets: readonly AnyDrawnWidget[]) {
  // A failure here is reported by the card that draws the widget.
  for (const widget of widgets) widget.component().catch(() => {});
}

function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // React.lazy remembers a failed load for good: after a failure, the next attempt (a card's
  // "Try again", or another card) gets a fresh one. Not the same attempt: React draws again as
  // soon as the load fails, and that draw must reach the error boundary.
  type Try = { Component: ComponentType<P>; attempt: object; failed: boolean };
  const start = (attempt: object): Try => {
    const t: Try = { attempt, failed: false, Component: null as never };
    t.Component = lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          t.failed = true;
          throw error;
        },
      ),
    );
    return t;
  };
  let current: Try | null = null;
  return function LazyWidget(props: P) {
    const attempt = useContext(WidgetAttempt);
    if (!current || (current.failed && attempt !== current.attempt)) current = start(attempt);
    const { Component } = current;
    return <Component {...props} />;
  };
}
