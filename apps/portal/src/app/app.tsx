import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { SessionProvider, createApolloClient } from '@tandem/portal-data-access';
import { theme } from '@tandem/portal-ui';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createRouter } from './router';

export function App() {
  const [client] = useState(() => createApolloClient());
  const [router] = useState(createRouter);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <ApolloProvider client={client}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </MantineProvider>
  );
}
