import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { prefetchFirstScreen, waitAtMost } from './app/first-screen';
import { AppProvider, createQueryClient } from './app/provider';
import { createRouter } from './app/router';
import { discardEarlyResponses } from './shared/http/early-responses';
import { configureHttpClient } from './shared/http/http-client';

// Dev and demo builds run on the mock backend; `import.meta.env.VITE_MOCK_BACKEND` is a
// build-time constant, so a production build contains no mock code at all. The app starts
// alongside it: requests wait until it answers, the screens' code loads meanwhile.
if (import.meta.env.VITE_MOCK_BACKEND === 'true') {
  configureHttpClient({ ready: import('../mocks/browser').then((mocks) => mocks.startMockBackend()) });
}

const queryClient = createQueryClient();
const router = createRouter();
const root = createRoot(document.getElementById('root')!);
// The first render is the finished screen when its data comes quickly, a skeleton otherwise.
const firstScreen = prefetchFirstScreen(queryClient, window.location.pathname).finally(discardEarlyResponses);
void waitAtMost(firstScreen, 150).then(() =>
  root.render(
    <StrictMode>
      <AppProvider queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  ),
);
