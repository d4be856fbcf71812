// Before e2e: make sure a Chromium exists. A system one (CHROMIUM_PATH, or Debian's /usr/bin/chromium) is
// used as is (see playwright.config.ts); otherwise Playwright's own build, installed here when missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright';

const system = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
if (system) {
  if (!existsSync(system)) {
    console.error(`ensure-browser: CHROMIUM_PATH=${system} does not exist`);
    process.exit(1);
  }
  console.log(`ensure-browser: using ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`ensure-browser: using Playwright's ${chromium.executablePath()}`);
} else {
  console.log('ensure-browser: no Chromium found; installing Playwright chromium');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
