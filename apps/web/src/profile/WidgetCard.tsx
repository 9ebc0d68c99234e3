'use client';

import { Suspense, useState, type ReactNode } from 'react';
import type { GraphQLFormattedError } from 'graphql';
import { Alert, Card, Group, Skeleton, Stack, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { WidgetErrorBoundary } from './WidgetErrorBoundary';
import { WidgetActionsSlot } from './WidgetActions';

const LOAD_MESSAGES: Record<string, string> = {
  FORBIDDEN: 'You do not have permission to see this.',
  NOT_FOUND: 'This data is not available for this customer.',
};

/**
 * The frame of one profile widget. A widget whose data failed to load shows its own error
 * here; a widget that throws while drawing, or whose code failed to load, is caught by the
 * boundary. Either way the other cards keep working. While the widget's code loads, a
 * skeleton holds its place.
 */
export function WidgetCard({ widgetId, title, errors, children }: {
  widgetId: string;
  title: string;
  errors?: readonly GraphQLFormattedError[];
  children: ReactNode;
}) {
  const [actionsSlot, setActionsSlot] = useState<HTMLElement | null>(null);
  return (
    <Card withBorder radius="md" padding="lg" h="100%" data-widget={widgetId} component="section" aria-label={title}>
      <Group justify="space-between" mb="md">
        <Title order={3} size="h4">{title}</Title>
        <Group gap="xs" ref={setActionsSlot} />
      </Group>
      {errors && errors.length > 0 ? (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={`${title} could not be loaded`} role="alert">
          {errors.map((e) => LOAD_MESSAGES[String(e.extensions?.code)] ?? e.message).join(' ')}
        </Alert>
      ) : (
        <WidgetErrorBoundary title={title}>
          <Suspense fallback={<WidgetLoading title={title} />}>
            <WidgetActionsSlot.Provider value={actionsSlot}>{children}</WidgetActionsSlot.Provider>
          </Suspense>
        </WidgetErrorBoundary>
      )}
    </Card>
  );
}

function WidgetLoading({ title }: { title: string }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label={`Loading ${title}`}>
      <Skeleton h={12} w="40%" />
      <Skeleton h={12} />
      <Skeleton h={12} w="70%" />
    </Stack>
  );
}
