// What the pane scripts of the bench share (bench/pane.mjs, bench/paneProfile.mjs): dist/ served and headless
// Chromium started, and a wait for the pane to be idle (no progress bar) with a bench's patience.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../test/browser/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The built pane (dist/) served, and Chromium ($CHROMIUM or Debian's) started headless. */
export async function startPaneBrowser() {
  const server = await startServer(join(root, 'dist'), {});
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  return { server, browser };
}

/** Waits until the pane shows no progress bar (a read, a check, a write), up to two minutes. */
export const idle = (page) =>
  page.waitForFunction(() => !document.querySelector('[role=progressbar]'), null, { timeout: 120_000 });
