import { Center, Loader } from '@mantine/core';

/** Shown while a screen's code arrives on the first load (the router's HydrateFallback). */
export function RouteLoading() {
  return (
    <Center h="100vh">
      <Loader aria-label="Loading" />
    </Center>
  );
}
