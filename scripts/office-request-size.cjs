/**
 * How many bytes of request JSON office.js makes of the Office.js calls the Excel adapter queues, measured with
 * office.js's own request builder (the package's excel-web-16.00.debug.js, run in a sandbox with a request
 * executor that only records the body it is given; nothing is sent anywhere). What the adapter's OP_OVERHEAD
 * (src/workbook/excel/cells.ts) and the recording fake's ACTION_OVERHEAD (test/workbook/excel/recordingContext.ts)
 * are taken from. Run: node scripts/office-request-size.cjs
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const dist = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const noop = () => undefined;
const sandbox = {
  location: { href: 'https://localhost/', search: '', hash: '', protocol: 'https:', hostname: 'localhost' },
  navigator: { userAgent: 'node' },
  document: { addEventListener: noop, readyState: 'complete', getElementsByTagName: () => [], cookie: '' },
  addEventListener: noop,
  removeEventListener: noop,
  sessionStorage: { getItem: () => null, setItem: noop },
  localStorage: { getItem: () => null, setItem: noop },
  performance: { now: () => Date.now() },
  setTimeout,
  clearTimeout,
  console,
};
sandbox.window = sandbox;
sandbox.self = sandbox;
vm.createContext(sandbox);
vm.runInContext(fs.readFileSync(path.join(dist, 'excel-web-16.00.debug.js'), 'utf8'), sandbox);

/** Bytes of the request body per call, `queue` run `n` times before one sync. */
async function perCall(n, queue) {
  let body = '';
  const context = new sandbox.Excel.RequestContext();
  context.m_requestUrlAndHeaderInfo = { url: 'local', headers: {} };
  context._requestExecutor = {
    executeAsync: (_custom, _flags, message) => {
      body = JSON.stringify(message.Body);
      return sandbox.Promise.resolve({ ErrorCode: 'Recorded', ErrorMessage: '', Headers: {}, Body: null });
    },
  };
  for (let i = 0; i < n; i++) queue(context, i);
  await context.sync().catch(noop);
  return Math.round(body.length / n);
}

const sheet = (c) => c.workbook.worksheets.getItem('Tiltak drift');
const CALLS = {
  'one cell, values': (c, i) => void (sheet(c).getRange(`H${i + 1000}`).values = [[1500]]),
  'one cell, numberFormat and values': (c, i) => {
    const range = sheet(c).getRange(`H${i + 1000}`);
    range.numberFormat = [['@']];
    range.values = [['1-2']];
  },
  'a cell style (fill and three font properties)': (c, i) => {
    const range = sheet(c).getRange(`A${i + 1}:U${i + 1}`);
    range.format.fill.color = '#F2F2F2';
    range.format.font.color = '#404040';
    range.format.font.bold = false;
    range.format.font.italic = false;
  },
  'load one range': (c, i) =>
    sheet(c)
      .getRange(`H${i + 2}:H${i + 2}`)
      .load('values'),
};

(async () => {
  for (const [name, queue] of Object.entries(CALLS)) console.log(`${name}: ${await perCall(1000, queue)} bytes`);
})();
