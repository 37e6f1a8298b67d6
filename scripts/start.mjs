// `npm start`: the task pane dev server on port 3000 (webpack-dev-server 5, development build).
// https with office-addin-dev-certs' certificates when they exist (~/.office-addin-dev-certs), else plain http:
// enough for the plain-browser mode (open an .xlsx file), not for sideloading into Excel.
import { createRequire } from 'node:module';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const require = createRequire(import.meta.url);
const makeConfig = require('../webpack.config.js');

const config = makeConfig({}, { mode: 'development' });
const https = makeConfig.devCertificates() !== null;
const url = `${https ? 'https' : 'http'}://localhost:${makeConfig.PORT}/taskpane.html`;

const server = new WebpackDevServer(config.devServer, webpack(config));
await server.start();

console.log(`\nTiltaksplan task pane: ${url}`);
if (!https) {
  console.log(
    'No development certificates found (~/.office-addin-dev-certs), so the server speaks plain http.\n' +
      'That is enough to try the plain-browser mode. Excel needs https: run\n' +
      '  npx office-addin-dev-certs install\n' +
      'once (it asks for sudo/administrator rights to trust the certificate), then npm start again.',
  );
}

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
