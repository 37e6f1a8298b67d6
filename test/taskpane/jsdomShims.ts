/** What Fluent UI needs from a browser that jsdom lacks (MessageBar watches its own size). */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof window !== 'undefined' && g.ResizeObserver === undefined) g.ResizeObserver = NoResizeObserver;
export {};
