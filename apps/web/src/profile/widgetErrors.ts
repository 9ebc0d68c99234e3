import type { GraphQLFormattedError } from 'graphql';
import type { DrawnWidgetId } from '@/widgets';
import { widgetFields } from './composeProfileQuery';

export interface ProfileErrors {
  /** Errors under a widget's own fields, per widget: shown inside that widget's card. */
  byWidget: Map<DrawnWidgetId, GraphQLFormattedError[]>;
  /** Everything else (the customer itself, header fields, transport): shown for the page. */
  page: GraphQLFormattedError[];
}

/**
 * Sorts the errors of a profile response by the path they carry: `['customer', field, ...]`
 * belongs to the widget whose fragment selects `field`.
 */
export function splitProfileErrors(
  errors: readonly GraphQLFormattedError[],
  widgets: readonly DrawnWidgetId[],
): ProfileErrors {
  const owner = new Map<string, DrawnWidgetId>();
  for (const id of widgets) for (const field of widgetFields(id)) if (!owner.has(field)) owner.set(field, id);

  const byWidget = new Map<DrawnWidgetId, GraphQLFormattedError[]>();
  const page: GraphQLFormattedError[] = [];
  for (const error of errors) {
    const [root, field] = error.path ?? [];
    const widget = root === 'customer' && typeof field === 'string' ? owner.get(field) : undefined;
    if (widget) byWidget.set(widget, [...(byWidget.get(widget) ?? []), error]);
    else page.push(error);
  }
  return { byWidget, page };
}
