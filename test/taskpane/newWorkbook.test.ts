/**
 * Roll forward in Excel opens the rolled file with Excel.createWorkbook, as base64 in one request, which Excel on the
 * web refuses above 5 MB. Above 4 MB of base64 (SPEC §13's size for a request) the pane refuses it before the call.
 * Base64 is 4 characters for every 3 bytes: 3 000 000 bytes make 4 000 000 characters, the most that goes;
 * 3 000 001 bytes make 4 × 1 000 001 = 4 000 004, refused.
 */
import { paneErrorText, toPaneError } from '../../src/taskpane/errors';
import { NewWorkbookTooLarge, openAsNewWorkbook } from '../../src/taskpane/newWorkbook';

describe('openAsNewWorkbook', () => {
  it('opens a file of 3 000 000 bytes: 4 000 000 characters of base64, handed to createWorkbook', async () => {
    const create = jest.fn(async (_base64: string) => undefined);
    await openAsNewWorkbook(new Uint8Array(3_000_000), create);
    expect(create).toHaveBeenCalledTimes(1);
    const base64 = create.mock.calls[0]?.[0] ?? '';
    expect(base64.length).toBe(4_000_000);
    expect(base64.slice(0, 8)).toBe('AAAAAAAA');
  });

  it('refuses a file of 3 000 001 bytes (4 000 004 characters) without calling createWorkbook', async () => {
    const create = jest.fn(async (_base64: string) => undefined);
    const error = await openAsNewWorkbook(new Uint8Array(3_000_001), create).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NewWorkbookTooLarge);
    expect((error as NewWorkbookTooLarge).base64Length).toBe(4_000_004);
    expect(create).not.toHaveBeenCalled();
  });

  it('says so in the user words, in nb, nn and en, naming the command line roll', async () => {
    const error = toPaneError(new NewWorkbookTooLarge(4_000_004));
    expect(paneErrorText('nb', error)).toBe(
      'Den rullerte planen er for stor til å åpnes som en ny arbeidsbok i Excel på nettet, og ingen ny arbeidsbok ble laget. Arbeidsboken du rullerte, er ikke endret. Rull planen fra kommandolinjen i stedet med «tiltaksplan roll PLAN.xlsx --out NY.xlsx».',
    );
    expect(paneErrorText('nn', error)).toContain('for stor til å opnast som ei ny arbeidsbok i Excel på nettet');
    expect(paneErrorText('en', error)).toContain('too large to open as a new workbook in Excel on the web');
    for (const lang of ['nb', 'nn', 'en'] as const) expect(paneErrorText(lang, error)).toContain('tiltaksplan roll');
  });
});
