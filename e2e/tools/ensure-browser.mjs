// Makes sure a Chromium exists for Playwright before the flows run. Playwright's own
// download is not reachable on our build machines, so the fallback is Debian's package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (candidates.some((p) => p && existsSync(p)) || (await playwrightBrowser())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? '' : 'sudo ';
console.log('No Chromium found for the end-to-end flows; installing Debian\'s chromium package…');
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium`, {
    stdio: 'inherit',
  });
} catch {
  console.error('Could not install Chromium. Install it (apt-get install chromium) or set CHROMIUM_PATH, then run the tests again.');
  process.exit(1);
}
