import { ExcelWorkbook } from '../../../src/workbook/excel';
import { fakeModel, recordingRunner, RecordingContext } from './recordingContext';

const flush = () =>
  new Promise<void>((resolve) => jest.requireActual<typeof import('timers')>('timers').setImmediate(resolve));

describe('ExcelWorkbook.onUserChange', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup(now = () => 0) {
    const ctx = new RecordingContext(fakeModel({ 'Tiltak drift': [['ID']], Sammendrag: [['Sum']] }));
    const port = new ExcelWorkbook({
      run: recordingRunner(ctx),
      isSetSupported: () => true,
      debounceMs: 800,
      quietAfterApplyMs: 1000,
      now,
    });
    const listener = jest.fn();
    return { ctx, port, listener };
  }
  const change = (ctx: RecordingContext, worksheetId: string, triggerSource = 'Unknown') =>
    Promise.all(ctx.handlers.map((h) => h({ worksheetId, triggerSource, source: 'Local', address: 'A2' })));

  it('registers one handler with one sync and debounces bursts of changes', async () => {
    const { ctx, port, listener } = setup();
    port.onUserChange(listener);
    await flush();
    expect(ctx.handlers).toHaveLength(1);
    expect(ctx.syncCount).toBe(1);
    await change(ctx, '{sheet-1}');
    jest.advanceTimersByTime(500);
    await change(ctx, '{sheet-1}');
    jest.advanceTimersByTime(799);
    expect(listener).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a generated sheet', '{sheet-2}', 'Unknown'],
    ['our own add-in', '{sheet-1}', 'ThisLocalAddin'],
  ])('ignores changes on %s', async (_label, sheetId, trigger) => {
    const { ctx, port, listener } = setup();
    port.onUserChange(listener);
    await flush();
    await change(ctx, sheetId, trigger);
    jest.advanceTimersByTime(2000);
    expect(listener).not.toHaveBeenCalled();
  });

  it('ignores changes during and just after apply()', async () => {
    let clock = 0;
    const { ctx, port, listener } = setup(() => clock);
    port.onUserChange(listener);
    await flush();
    await port.apply([{ kind: 'setCells', sheet: 'Tiltak drift', origin: 'A2', values: [['D-1']] }]);
    await change(ctx, '{sheet-1}');
    jest.advanceTimersByTime(2000);
    expect(listener).not.toHaveBeenCalled();
    clock = 1500;
    await change(ctx, '{sheet-1}');
    jest.advanceTimersByTime(800);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('unsubscribes: removes the handler in a batch on the context it was added in, and drops a pending call', async () => {
    const { ctx, port, listener } = setup();
    const stop = port.onUserChange(listener);
    await flush();
    await change(ctx, '{sheet-1}');
    stop();
    await flush();
    jest.advanceTimersByTime(2000);
    expect(listener).not.toHaveBeenCalled();
    expect(ctx.handlers).toHaveLength(0);
    expect(ctx.runs).toEqual([{ reusedContext: false }, { reusedContext: true }]);
    expect(ctx.syncCount).toBe(2);
  });

  it('tells the pane when Excel refuses the subscription', async () => {
    const { ctx, port, listener } = setup();
    ctx.failures.push({ code: 'ApiNotFound', message: 'no events here' });
    const failed = jest.fn();
    port.onUserChange(listener, failed);
    await flush();
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ kind: 'unsupported-api', code: 'ApiNotFound' }));
    expect(ctx.handlers).toHaveLength(1); // added, but the sync that registers it failed
  });
});
