import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from './app/provider';
import { createRouter } from './app/router';
import { configureHttpClient } from './shared/http/http-client';

// Dev and demo builds run on the mock backend; `import.meta.env.VITE_MOCK_BACKEND` is a
// build-time constant, so a production build contains no mock code at all. Requests wait
// until the mock answers; the screens' code loads meanwhile.
const mockBackend =
  import.meta.env.VITE_MOCK_BACKEND === 'true'
    ? // eslint-disable-next-line import-x/no-restricted-paths -- the one guarded import of the mock backend
      import('../mocks/browser')
    : undefined;
if (mockBackend) configureHttpClient({ ready: mockBackend.then((mocks) => mocks.startMockBackend()) });

const queryClient = createQueryClient();
const router = createRouter(queryClient, {
  devTools: mockBackend ? lazy(() => mockBackend.then((mocks) => ({ default: mocks.MockBackendPanel }))) : undefined,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
);
