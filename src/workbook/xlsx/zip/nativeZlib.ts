/**
 * Node's own zlib when the adapter runs in Node (the CLI), found at run time with
 * process.getBuiltinModule (Node ≥ 20.16), so that nothing is imported in a browser: there the adapter
 * uses fflate. Measured on a 1 000-measure check --write: fflate's deflate of the new Avstemming sheet
 * took longer than the rest of the write, and its inflate a fifth of a check; zlib is several times as fast.
 */
import type * as Zlib from 'node:zlib';

type BuiltinLoader = { getBuiltinModule?: (id: string) => unknown };

const host = (globalThis as { process?: BuiltinLoader }).process;

/** Node's zlib, or null in a browser (or an old Node). */
export const nativeZlib: typeof Zlib | null =
  (host?.getBuiltinModule?.('node:zlib') as typeof Zlib | undefined) ?? null;
