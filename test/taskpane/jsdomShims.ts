/** What Fluent UI needs from a browser that jsdom lacks (MessageBar watches its own size). */
import { configure } from '@testing-library/react';

// On a loaded 2-core CI machine a Fluent dialog can take over a second to appear: wait longer than the
// default 1 s before a findBy*/waitFor gives up (a limit, not a timed assertion).
configure({ asyncUtilTimeout: 10_000 });

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof window !== 'undefined' && g.ResizeObserver === undefined) g.ResizeObserver = NoResizeObserver;

// Every browser has TextEncoder/TextDecoder (the file adapter decodes package parts with them); jsdom does not.
const text = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
if (text.TextDecoder === undefined) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require('node:util') as typeof import('node:util');
  text.TextEncoder = util.TextEncoder;
  text.TextDecoder = util.TextDecoder;
}
