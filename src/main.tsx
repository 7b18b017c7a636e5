import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from './app/provider';
import { createRouter } from './app/router';
import { configureHttpClient } from './shared/http/http-client';

// Dev and demo builds run on the mock backend; `import.meta.env.VITE_MOCK_BACKEND` is a
// build-time constant, so a production build contains no mock code at all. Requests wait
// until the mock answers; the screens' code loads meanwhile.
if (import.meta.env.VITE_MOCK_BACKEND === 'true') {
  configureHttpClient({ ready: import('../mocks/browser').then((mocks) => mocks.startMockBackend()) });
}

const queryClient = createQueryClient();
const router = createRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
);
