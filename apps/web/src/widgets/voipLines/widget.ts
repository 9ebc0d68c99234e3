import { defineWidget } from '../defineWidget';
import { VoipLinesWidgetFragment } from './fragment';

export const voipLinesWidget = defineWidget({
  id: 'voipLines',
  fragment: VoipLinesWidgetFragment,
  span: 6,
  component: () => import('./VoipLinesWidget').then((m) => m.VoipLinesWidget),
});
