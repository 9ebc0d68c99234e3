'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The element in a widget card's header where the widget may put its action buttons. */
export const WidgetActionsSlot = createContext<HTMLElement | null>(null);

/**
 * Renders a widget's actions (Edit, Add ...) in its card's header, next to the title, while
 * the widget itself stays the only owner of those actions and their permission checks.
 * Outside a card (e.g. in a test) the actions render in place.
 */
export function WidgetActions({ children }: { children: ReactNode }) {
  const slot = useContext(WidgetActionsSlot);
  return slot ? createPortal(children, slot) : <>{children}</>;
}
