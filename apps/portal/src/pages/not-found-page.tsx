import { Anchor } from '@mantine/core';
import { EmptyState } from '@tandem/portal-ui';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <EmptyState
      title="Page not found"
      description="The address may be mistyped, or the page has moved."
      action={
        <Anchor component={Link} to="/">
          Go to home
        </Anchor>
      }
    />
  );
}
