/**
 * Component tests (jsdom) only, loaded by test/setup.ts: Testing Library's waiting limit, and what Fluent UI
 * needs from a browser that jsdom lacks.
 */
import { configure } from '@testing-library/react';
import { installStyleMatch } from './styleMatch';

// findBy*/waitFor wait for a state, never for a time; this is only how long before they give up. A loaded
// 2-core machine running the suite beside two busy loops took up to 8 s for a whole component test.
configure({ asyncUtilTimeout: 30_000 });

// MessageBar watches its own size.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (g.ResizeObserver === undefined) g.ResizeObserver = NoResizeObserver;

// Layout, as far as tabster (Fluent's focus manager) asks for it. jsdom lays nothing out: every element's
// offsetParent is null and the body measures 0 × 0, which tabster reads as "display: none", so it finds nothing
// focusable. A Dialog then focuses its own surface instead of its first button, tabster takes that for focus
// outside the modal and, on a 250 ms timer, marks the open dialog aria-hidden: a test found the dialog's
// buttons only if it looked before that timer ran (StructureView's roll test failed under load, and failed
// every time after another test's pane in the same window). A browser does not do this; with these two
// answers jsdom does not either.
Object.defineProperty(HTMLElement.prototype, 'offsetParent', {
  configurable: true,
  get(this: HTMLElement) {
    return !this.isConnected || this === this.ownerDocument.body ? null : this.parentElement;
  },
});
HTMLBodyElement.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 1024, 768);

// Every browser has TextEncoder/TextDecoder (the file adapter decodes package parts with them); jsdom does not.
const text = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
if (text.TextDecoder === undefined) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require('node:util') as typeof import('node:util');
  text.TextEncoder = util.TextEncoder;
  text.TextDecoder = util.TextDecoder;
}

// getComputedStyle without asking nwsapi about rules whose class the element lacks (styleMatch.ts: the same
// answers, a fraction of the CPU time of the role queries and user-event's checks).
installStyleMatch(document);
