import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The react-admin edition of the customer form, the yardstick of the bench's ratios. It lives
 * beside the repository (`../shared/reference/react-admin-form`, read-only input); the bench
 * copies it to a working folder of its own, installs and builds it there
 * (e2e/bench/react-admin-server.mjs) and serves its `dist/`.
 *
 * BENCH_REACT_ADMIN_SOURCE and BENCH_REACT_ADMIN_DIR override the two folders. The working
 * folder defaults to the system's temporary directory (one per clone): inside the repository
 * its node_modules and built files would be in the way of lint and typecheck.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export const reactAdminSource = resolve(repoRoot, process.env.BENCH_REACT_ADMIN_SOURCE ?? '../shared/reference/react-admin-form');

export const reactAdminWorkDir = resolve(
  process.env.BENCH_REACT_ADMIN_DIR ??
    join(tmpdir(), `carrierdesk-bench-react-admin-${createHash('sha256').update(repoRoot).digest('hex').slice(0, 10)}`),
);

export const reactAdminDist = join(reactAdminWorkDir, 'dist');
