import { defineWidget } from '../defineWidget';
import { AgeAnalysisWidgetFragment } from './fragment';

export const ageAnalysisWidget = defineWidget({
  id: 'ageAnalysis',
  fragment: AgeAnalysisWidgetFragment,
  span: 6,
  component: () => import('./AgeAnalysisWidget').then((m) => m.AgeAnalysisWidget),
});
