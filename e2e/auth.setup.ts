import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { test as setup } from '@playwright/test';
import { ConsoleShell } from './pages/console-shell';
import { LoginPage } from './pages/login-page';
import { accountOf, authFile, roles } from './support/env';
import { mockStorageKeys } from './support/mock-backend';

/**
 * Signs in once per run as each role and keeps the browser storage (session; cookies on a
 * real backend) in e2e/.auth/<host_port>/<role>.json (one folder per project's baseURL) for the flows' `signedInAs` option.
 */
for (const role of roles) {
  setup(`sign in as ${role}`, async ({ page, baseURL }) => {
    await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ latencyMs: 0 })), mockStorageKeys.options);
    const account = accountOf(role);
    const login = new LoginPage(page);
    await login.open();
    await login.signIn(account.email, account.password);
    await new ConsoleShell(page).expectSignedInAs(account.name);

    // Only the sign-in is kept: every flow starts from the seed, with its own options.
    const state = await page.context().storageState();
    const dropped = new Set<string>([mockStorageKeys.db, mockStorageKeys.options, mockStorageKeys.faults]);
    for (const origin of state.origins) origin.localStorage = origin.localStorage.filter((item) => !dropped.has(item.name));
    const file = authFile(role, baseURL);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(state, null, 2));
  });
}
