// Makes sure the Chromium the flows (`shell`) or the benchmark (`full`) use exists before
// they run; see e2e/tools/browser.ts. Playwright's own download is not reachable on our
// build machines, so what is missing comes from Debian's packages.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const kind = process.argv[2] === 'full' ? 'full' : 'shell';
const wanted = {
  shell: { path: '/usr/bin/chromium-headless-shell', apt: 'chromium-headless-shell' },
  full: { path: '/usr/bin/chromium', apt: 'chromium' },
}[kind];

async function playwrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if ((process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) || existsSync(wanted.path) || (await playwrightBrowser())) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? '' : 'sudo ';
console.log(`${wanted.path} not found; installing Debian's ${wanted.apt} package…`);
try {
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${wanted.apt}`,
    { stdio: 'inherit' },
  );
} catch {
  console.error(`Could not install ${wanted.apt}. Install it (apt-get install ${wanted.apt}) or set CHROMIUM_PATH, then run again.`);
  process.exit(1);
}
