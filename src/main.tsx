import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider } from './app/provider';
import { createRouter } from './app/router';

async function start() {
  // Dev and demo builds run on the mock backend; `import.meta.env.VITE_MOCK_BACKEND` is a
  // build-time constant, so a production build contains no mock code at all.
  if (import.meta.env.VITE_MOCK_BACKEND === 'true') {
    const { startMockBackend } = await import('../mocks/browser');
    await startMockBackend();
  }
  const router = createRouter();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
