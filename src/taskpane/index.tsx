/**
 * Entry of the task pane bundle: find out where we run, build the port, render the App. In Excel the port is
 * the Office.js adapter; in a plain browser the App opens .xlsx files with the lazily loaded file adapter.
 * While Excel is awaited (or does not come), HostStatus says so.
 */
import { createRoot } from 'react-dom/client';
import type { Edit } from '../domain';
import { createExcelPort } from '../workbook/excel';
import { App } from './App';
import { HostStatus } from './components/HostStatus';
import { openAsNewWorkbook } from './newWorkbook';
import { watchHost } from './office';

/** Read by the old-webview check (public/compat.js): the bundle ran, so this webview can run the pane. */
(window as unknown as { tiltaksplanStarted?: boolean }).tiltaksplanStarted = true;

/** Office's body background is dark in the dark and black themes. */
function officeIsDark(): boolean | undefined {
  const color = Office.context.officeTheme?.bodyBackgroundColor;
  const m = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color) : null;
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
  return 0.299 * (r ?? 0) + 0.587 * (g ?? 0) + 0.114 * (b ?? 0) < 128;
}

/**
 * Roll forward in Excel: build the new workbook with the file adapter and open it as a new Excel window; one too
 * large for Excel on the web's request cap is refused with a message (newWorkbook.ts).
 */
async function openInExcel(edits: readonly Edit[]): Promise<void> {
  const { XlsxWorkbook } = await import('../workbook/xlsx');
  const wb = XlsxWorkbook.empty();
  await wb.apply(edits);
  await openAsNewWorkbook(await wb.toBuffer(), (base64) => Excel.createWorkbook(base64));
}

function rootElement(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const div = document.createElement('div');
  div.id = 'root';
  document.body.appendChild(div);
  return div;
}

function start(): void {
  const root = createRoot(rootElement());
  watchHost((state) => {
    if (state === 'excel') {
      root.render(
        <App
          mode="excel"
          port={createExcelPort()}
          langTag={Office.context.displayLanguage}
          dark={officeIsDark()}
          openNew={openInExcel}
        />,
      );
    } else if (state === 'browser') {
      root.render(<App mode="browser" langTag={navigator.language} />);
    } else {
      root.render(<HostStatus state={state} langTag={navigator.language} />);
    }
  });
}

start();
