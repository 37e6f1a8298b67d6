/**
 * Compiles the benchmark's child (bench/child.ts and the domain core it imports) the way the production build
 * compiles the task pane: webpack in production mode, ts-loader emitting ES modules, so the core's modules are
 * concatenated into one scope and call each other directly. The task pane runs the check from such a bundle.
 * Under tsx (how `npm run cli` runs; the installed command is compiled by esbuild) every import is read through
 * a getter of the exporting module, which makes the check one and a half to two times as slow; run.ts measures
 * that too and reports it beside.
 * Packages (exceljs, tsx …) stay in node_modules and are required as usual.
 */
import path from 'node:path';
import webpack from 'webpack';

/** The compiled child, relative to the repository root. */
export const BUNDLED_CHILD = path.join('build', 'bench', 'child.js');

/** Builds BUNDLED_CHILD; throws with webpack's messages when the build fails. */
export async function buildChild(root: string): Promise<void> {
  const compiler = webpack({
    mode: 'production',
    target: 'node20',
    context: root,
    entry: { child: './bench/child.ts' },
    output: { path: path.join(root, path.dirname(BUNDLED_CHILD)), filename: '[name].js', clean: true },
    // Every package is loaded from node_modules at run time, as under tsx.
    externals: [
      ({ request }, callback) =>
        request && /^[a-z@]/i.test(request) ? callback(undefined, `commonjs ${request}`) : callback(),
    ],
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
        },
      ],
    },
    // Readable profiles; minifying names does not change how fast V8 runs the code.
    optimization: { minimize: false },
    devtool: false,
  });
  const stats = await new Promise<webpack.Stats | undefined>((resolve, reject) =>
    compiler.run((err, result) => (err ? reject(err) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (!stats || stats.hasErrors()) {
    throw new Error(`building ${BUNDLED_CHILD} failed:\n${stats?.toString('errors-only') ?? 'no stats'}`);
  }
}
