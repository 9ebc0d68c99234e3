import type { WidgetProbe } from '../../kernel/module';

export const auditProbes: WidgetProbe[] = [
  {
    field: 'auditTrail',
    permission: 'auditTrail:read',
    selection: '(first: 20) { pageInfo { hasNextPage endCursor } edges { cursor node { id at actorName actorKind client action actionLabel target field oldValue newValue } } }',
    statements: 1,
  },
];
