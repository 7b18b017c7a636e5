import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';

// The drawer (its selects, switches and the data it reads) loads when first opened, so the
// demo's first screen does not wait for a developer tool.
const MockBackendDrawer = lazy(() => import('./mock-backend-drawer'));

/** The mock backend's developer control, in the navigation of dev and demo builds. */
export default function MockBackendPanel() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="outline" color="grape" size="xs" fullWidth onClick={open}>
        Mock backend
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <MockBackendDrawer opened onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
