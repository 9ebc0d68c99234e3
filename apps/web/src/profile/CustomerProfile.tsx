'use client';

import { useEffect, useMemo, useState } from 'react';
import Link from 'next/link';
import type { GraphQLFormattedError } from 'graphql';
import { Alert, Button, Grid, Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMe } from '@/auth/MeContext';
import { describeError, errorCodeOf, graphQLErrorsOf } from '@/lib/graphqlErrors';
import { WIDGETS_IN_PAGE_ORDER, type DrawnWidgetId } from '@/widgets';
import { composeProfileQuery } from './composeProfileQuery';
import { splitProfileErrors } from './widgetErrors';
import { ProfileHeader } from './ProfileHeader';
import { PopupNotes } from './PopupNotes';
import { WidgetCard } from './WidgetCard';
import { preloadWidgets, widgetComponent } from './widgetComponent';

/**
 * The customer profile: one query composed from the fragments of the widgets the user may
 * read, then one card per widget in the shared registry's order.
 */
export function CustomerProfile({ id }: { id: string }) {
  const { me, permissions } = useMe();
  // Widgets whose field failed in a way that nulled the whole customer (a non-null field
  // erroring propagates up to `customer`). They are left out of the next query and show
  // their error in their own card, so the rest of the profile still loads.
  const [failed, setFailed] = useState<ReadonlyMap<DrawnWidgetId, GraphQLFormattedError[]>>(new Map());
  const composed = useMemo(
    () => composeProfileQuery(me.permissions, { exclude: failed.keys() }),
    [me.permissions, failed],
  );
  // Cards: registry order, readable, and drawn by the web (others are not drawn yet).
  const cards = useMemo(() => WIDGETS_IN_PAGE_ORDER.filter((w) => permissions.has(w.permission)), [permissions]);
  // The cards' code loads while the query is on its way, not after it.
  useEffect(() => preloadWidgets(cards), [cards]);
  const { data, error, loading, refetch } = useQuery(composed.document, {
    variables: { id },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });

  const errors = graphQLErrorsOf(error);
  const { byWidget, page } = splitProfileErrors(errors, composed.widgets);
  const customer = data?.customer ?? null;
  const mustRetry = !loading && !customer && byWidget.size > 0 && page.length === 0;

  useEffect(() => {
    if (!mustRetry) return;
    setFailed((prev) => new Map([...prev, ...byWidget]));
    // byWidget is derived from `error`; keying on it would loop on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [mustRetry, error]);

  if (!customer) {
    if (loading || mustRetry) return <ProfileSkeleton />;
    const notFound = page.some((e) => errorCodeOf(e) === 'NOT_FOUND');
    return (
      <Alert color={notFound ? 'gray' : 'red'} title={notFound ? 'Customer not found' : 'Could not load this customer'}>
        {notFound ? 'There is no customer with this id that you can see.' : describeError(error)}
        <Stack gap="xs" mt="sm" align="flex-start">
          {!notFound && <Button size="xs" variant="light" onClick={() => refetch()}>Try again</Button>}
          <Button size="xs" variant="subtle" component={Link} href="/customers">Back to customers</Button>
        </Stack>
      </Alert>
    );
  }

  return (
    <Stack gap="lg">
      <ProfileHeader customer={customer} withBalance={composed.withBalance} />
      {page.length > 0 && (
        <Alert color="orange" title="Part of this profile could not be loaded">
          {page.map((e) => e.message).join(' ')}
        </Alert>
      )}
      {composed.withPopupNotes && customer && <PopupNotes key={id} customer={customer} />}
      <Grid gap="lg">
        {cards.map((widget) => {
          const Widget = widgetComponent(widget);
          return (
            <Grid.Col key={widget.id} span={{ base: 12, lg: widget.span }}>
              <WidgetCard
                widgetId={widget.id}
                title={widget.title}
                errors={failed.get(widget.id) ?? byWidget.get(widget.id)}
              >
                <Widget customer={customer} />
              </WidgetCard>
            </Grid.Col>
          );
        })}
      </Grid>
    </Stack>
  );
}

function ProfileSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading customer">
      <Skeleton h={96} radius="md" />
      <Skeleton h={240} radius="md" />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}><Skeleton h={200} radius="md" /></Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}><Skeleton h={200} radius="md" /></Grid.Col>
      </Grid>
    </Stack>
  );
}
