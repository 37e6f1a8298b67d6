/* eslint-disable */
// Task pane build. `npm run build` (production) and `npm run build:dev`; `npm start` runs the dev server.
//
// - entry src/taskpane/index.tsx; HTML from src/taskpane/taskpane.html with a Content-Security-Policy meta;
// - exceljs → its browser build; the xlsx adapter is imported lazily, so exceljs lands in its own chunk; so are the
//   views opened only sometimes (src/taskpane/components/OnDemand.tsx), and chunks load from beside the entry
//   script (publicPath 'auto'), in Excel and in a plain browser alike;
// - office.js: development serves a local, unminified copy (dist/office-js/…); production uses Microsoft's CDN.
//   src/taskpane/office.ts loads it only inside Office (see there);
// - production rewrites https://localhost:3000/ in manifest.xml to ADDIN_URL and writes dist/manifest.xml, and
//   fails when a URL of the result does not start with ADDIN_URL (scripts/manifest-urls.cjs);
// - compat.js (old-webview message) and help.html (the manifest's SupportUrl) are copied as they are;
// - production prints the gzipped size of the main bundle and writes dist/bundle-size.json.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { foreignUrls } = require('./scripts/manifest-urls.cjs');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
// office.js's telemetry (Aria collectors: browser., us., eu., de., jp., au. …pipe.aria.microsoft.com); blocked, it
// fills the console with CSP errors in Excel. test/taskpane/csp.test.ts checks the hosts against office.js.
const OFFICE_TELEMETRY = 'https://*.pipe.aria.microsoft.com';
const OFFICE_CDN_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;
const OFFICE_LOCAL_JS = 'office-js/office.debug.js';
const BUNDLE_LIMIT_KB = 250;
const OFFICE_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/**
 * The CSP of taskpane.html: own origin only. The production (Office) build adds exactly what office.js needs:
 * its CDN for scripts and its telemetry for connections. The development build (plain browser, local office.js)
 * keeps to its own origin.
 */
function contentSecurityPolicy(production) {
  const scripts = production ? `'self' ${OFFICE_CDN}` : "'self'";
  const connect = production ? `'self' ${OFFICE_TELEMETRY}` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `connect-src ${connect}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** office-addin-dev-certs' certificates, if `npx office-addin-dev-certs install` was run; else null (http). */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

/** The URL the production manifest points at (must end with a slash). */
function addinUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return null;
  return url.endsWith('/') ? url : `${url}/`;
}

/** Copies office.js and what it loads relative to itself (host files, strings, telemetry) for development. */
function officeJsPatterns() {
  const from = (glob) => ({
    from: glob,
    context: OFFICE_DIST,
    to: 'office-js/[path][name][ext]',
    noErrorOnMissing: false,
  });
  return [
    from('office.debug.js'),
    from('excel-*.debug.js'),
    from('o15apptofilemappingtable.debug.js'),
    from('*/office_strings.debug.js'),
    from('telemetry/*.js'),
  ];
}

/**
 * Writes dist/manifest.xml; production swaps the dev URL for ADDIN_URL and fails the build when any URL of the
 * result does not start with ADDIN_URL (or, without ADDIN_URL, with the dev URL).
 */
function manifestPattern(production) {
  return {
    from: 'manifest.xml',
    to: 'manifest.xml',
    transform(content) {
      const url = addinUrl();
      const xml = production && url ? content.toString().split(DEV_URL).join(url) : content.toString();
      const base = production && url ? url : DEV_URL;
      const foreign = foreignUrls(xml, base);
      if (foreign.length > 0) {
        throw new Error(`dist/manifest.xml: URLs that do not start with ${base}:\n  ${foreign.join('\n  ')}`);
      }
      return xml;
    },
  };
}

/** Reports the gzipped size of the entry's initial chunks (no lazy chunks, no office.js). */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      const entry = compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const outDir = compilation.outputOptions.path;
      const files = entry.getFiles().filter((f) => f.endsWith('.js'));
      const bytes = files.reduce(
        (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(outDir, f)), { level: 9 }).length,
        0,
      );
      const gzipKB = Math.round((bytes / 1024) * 10) / 10;
      const report = {
        entry: 'taskpane',
        files,
        gzipKB,
        limitKB: BUNDLE_LIMIT_KB,
        withinLimit: gzipKB <= BUNDLE_LIMIT_KB,
      };
      fs.writeFileSync(path.join(outDir, 'bundle-size.json'), `${JSON.stringify(report, null, 2)}\n`);
      const verdict = report.withinLimit ? 'within' : 'OVER';
      console.log(
        `\nMain bundle (gzip, without office.js and lazy chunks): ${gzipKB} KB — ${verdict} the ${BUNDLE_LIMIT_KB} KB target.`,
      );
      if (!report.withinLimit)
        compilation.warnings.push(new webpack.WebpackError(`Main bundle ${gzipKB} KB gzip > ${BUNDLE_LIMIT_KB} KB`));
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  if (production && !addinUrl()) {
    console.warn(
      `ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}. Set ADDIN_URL=https://your.host/path/ to deploy.`,
    );
  }
  const certs = devCertificates();
  return {
    mode: production ? 'production' : 'development',
    devtool: 'source-map', // no eval-based maps: the CSP forbids eval
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.json'],
      alias: { exceljs$: 'exceljs/dist/exceljs.min.js' },
      fallback: {
        fs: false,
        path: false,
        os: false,
        crypto: false,
        stream: false,
        zlib: false,
        util: false,
        buffer: false,
        process: false,
      },
    },
    module: {
      rules: [
        // The domain is pure (no module does anything when loaded but define), so a part of it that only a lazily
        // loaded view uses (compare, the roll, consolidation) goes with that view's chunk instead of staying in
        // the entry behind src/domain/index.ts's re-export. Only the domain: package.json's "sideEffects" for
        // everything made the bundle bigger (docs/performance.md).
        {
          include: path.resolve(__dirname, 'src/domain'),
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules for webpack (tsconfig says commonjs for Node/jest): tree shaking of Fluent UI, and a real
            // code-split point at the task pane's dynamic import() of the xlsx adapter (exceljs).
            options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
          },
        },
      ],
      // exceljs.min.js is a prebuilt UMD bundle; parsing it for requires only costs time.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
    },
    plugins: [
      new webpack.DefinePlugin({
        'process.env.OFFICE_JS_URL': JSON.stringify(production ? OFFICE_CDN_JS : OFFICE_LOCAL_JS),
      }),
      new HtmlWebpackPlugin({
        template: './src/taskpane/taskpane.html',
        filename: 'taskpane.html',
        chunks: ['taskpane'],
        csp: contentSecurityPolicy(production),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/static/compat.js', to: 'compat.js' },
          { from: 'src/taskpane/static/help.html', to: 'help.html' },
          manifestPattern(production),
          ...(production ? [] : officeJsPatterns()),
        ],
      }),
      ...(production ? [new BundleSizePlugin()] : []),
    ],
    performance: { hints: false }, // BundleSizePlugin reports the number that matters (gzip, initial chunks)
    devServer: {
      port: PORT,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: certs ? { type: 'https', options: certs } : { type: 'http' },
      static: { directory: path.resolve(__dirname, 'dist'), watch: false },
      devMiddleware: { writeToDisk: true },
      client: { overlay: { warnings: false, errors: true } },
      historyApiFallback: false,
      open: false,
    },
  };
};

module.exports.devCertificates = devCertificates;
module.exports.PORT = PORT;
