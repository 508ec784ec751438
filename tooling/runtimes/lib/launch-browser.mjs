import { chromiumArgs } from './versions.mjs';

function withTimeout(promise, ms, what) {
  let timer;
  const expiry = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

/**
 * Runs the suite in a page of headless Chromium (`binary`, driven by playwright-core) served by the
 * gateway at `pageUrl`'s origin, bounded by `timeoutMs`. Resolves with `{ runtime, passed, failed,
 * results }` or `{ error }`; the page's uncaught errors and console errors are appended to an error.
 */
export async function runBrowser({ binary, pageUrl, timeoutMs }) {
  const log = [];
  let browser;
  try {
    const { chromium } = await import('playwright-core');
    const session = async () => {
      browser = await chromium.launch({ executablePath: binary, args: chromiumArgs, timeout: timeoutMs });
      const page = await browser.newPage();
      page.on('pageerror', (error) => log.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') log.push(`console: ${message.text()}`);
      });
      await page.goto(pageUrl);
      await page.waitForFunction(() => 'conformance' in globalThis, null, { timeout: 15_000 });
      const report = await page.evaluate(() => globalThis.conformance);
      return { runtime: `chromium ${browser.version()}`, ...report };
    };
    return await withTimeout(session(), timeoutMs, 'chromium');
  } catch (error) {
    return { error: [String(error?.message ?? error), ...log].join('\n') };
  } finally {
    await browser?.close().catch(() => {});
  }
}
