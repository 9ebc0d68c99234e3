import type { ReactNode } from 'react';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { WIDGETS, type WidgetId, type WidgetPermission } from '@sightline/access';
import type { FragmentType } from '@/gql';
import type { PermittedFragment } from '@/lib/permittedFragments';

type Fragment = DocumentNode & DocumentTypeDecoration<unknown, unknown>;

/** A widget's component: it reads the customer through its own fragment. */
export type WidgetComponent<F extends Fragment> = (props: { customer: FragmentType<F> }) => ReactNode;

/** Loads the widget's component: `() => import('./XWidget').then((m) => m.XWidget)`. */
export type WidgetLoader<F extends Fragment> = () => Promise<WidgetComponent<F>>;

/**
 * A widget the profile draws: a fragment asked for with the widget's read permission, and a
 * card. Title and permission come from the shared registry (`WIDGETS` in @sightline/access).
 */
export interface DrawnWidget<Id extends WidgetId = WidgetId, F extends Fragment = Fragment> extends PermittedFragment<F> {
  id: Id;
  title: string;
  permission: WidgetPermission;
  /** Columns of the 12-column profile grid the card takes on wide screens. */
  span: number;
  /**
   * Loaded when the card is first drawn, so the component has its own chunk and composing
   * the query never loads React or the widget's code.
   */
  component: WidgetLoader<F>;
}

/** One profile widget, in its own folder (`widgets/<id>/widget.ts`); list it in `widgets/index.ts`. */
export function defineWidget<const Id extends WidgetId, F extends Fragment>(widget: {
  id: Id;
  fragment: F;
  span: number;
  component: WidgetLoader<NoInfer<F>>;
}): DrawnWidget<Id, F> {
  const registered = WIDGETS.find((w) => w.id === widget.id);
  if (!registered) throw new Error(`Widget "${widget.id}" is not in the shared registry (WIDGETS in @sightline/access)`);
  return { ...widget, title: registered.title, permission: registered.read };
}
