/**
 * What a roll did not carry over, as the command line names it (cliCommand.ts droppedExtraLine): whole columns are
 * a list in the sentence, «hele kolonnene H og K», with the plural; one column «hele kolonnen H». Expected sentences
 * written by hand.
 */
import { droppedExtraLine } from '../../src/i18n/cliCommand';

const nbTail =
  ' på arket «Tiltak drift» (den står fortsatt der, men rulleringen gir hver årskolonne neste år, så den ' +
  'merker nå et annet år eller annet innhold enn før). Flytt eller fjern den i Excel om den gjaldt et bestemt år';

it('one column', () => {
  expect(droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnFormats', where: ['H'] }, 'nb')).toBe(
    `Ikke tatt med: formateringen du ga hele kolonnen H${nbTail}`,
  );
});

it('two columns: «hele kolonnene H og K»', () => {
  expect(droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnFormats', where: ['H', 'K'] }, 'nb')).toBe(
    `Ikke tatt med: formateringen du ga hele kolonnene H og K${nbTail}`,
  );
  expect(droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnFormats', where: ['H', 'K'] }, 'nn')).toContain(
    'formateringa du gav heile kolonnane H og K på arket «Tiltak drift» (ho står framleis der, men',
  );
  expect(droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnFormats', where: ['H', 'J:K'] }, 'en')).toContain(
    'the formatting you gave the whole columns H and J:K on the sheet "Tiltak drift" (it stays there, but',
  );
});

it('a range of columns is columns', () => {
  expect(droppedExtraLine({ sheet: 'Tiltak drift', extra: 'columnFormats', where: ['H:J'] }, 'nb')).toContain(
    'du ga hele kolonnene H:J på arket',
  );
});

it('the ranges of a drop-down stay as they are', () => {
  expect(droppedExtraLine({ sheet: 'Tiltak drift', extra: 'validations', where: ['H2:H5', 'J2:J5'] }, 'nb')).toMatch(
    /^Ikke tatt med: datavalideringen \(nedtrekkslisten\) på H2:H5, J2:J5 på arket «Tiltak drift»: /,
  );
});

it('one hidden year column is singular, «årskolonnen H» (nb), «årskolonnen H» (nn), "year column H" (en)', () => {
  const line = (lang: 'nb' | 'nn' | 'en', where: string[]) =>
    droppedExtraLine({ sheet: 'Tiltak drift', extra: 'hiddenColumns', where }, lang);
  expect(line('nb', ['H'])).toBe(
    'Ikke tatt med: at årskolonnen H var skjult på arket «Tiltak drift» (rulleringen gir hver årskolonne neste år, ' +
      'så et annet år ville ha vært skjult). Den vises nå; skjul den igjen i Excel om du vil',
  );
  expect(line('nn', ['H'])).toContain(
    'at årskolonnen H var gøymd på arket «Tiltak drift» (rulleringa gir kvar årskolonne neste år, så eit anna år ' +
      'ville ha vore gøymt). Han blir vist no; gøym han att i Excel om du vil',
  );
  expect(line('en', ['H'])).toContain(
    'that the year column H was hidden on the sheet "Tiltak drift" (the roll gives each year column the next year, ' +
      'so another year would have been hidden). It is shown now; hide it again in Excel if you want',
  );
});

it('hidden year columns are plural and a list, «årskolonnene H og J»', () => {
  const line = (lang: 'nb' | 'nn' | 'en') =>
    droppedExtraLine({ sheet: 'Tiltak drift', extra: 'hiddenColumns', where: ['H', 'I', 'J'] }, lang);
  expect(line('nb')).toContain('at årskolonnene H, I og J var skjult på arket «Tiltak drift»');
  expect(line('nb')).toContain('De vises nå; skjul dem igjen i Excel om du vil');
  expect(line('nn')).toContain('at årskolonnane H, I og J var gøymde på arket «Tiltak drift»');
  expect(line('nn')).toContain('Dei blir viste no; gøym dei att i Excel om du vil');
  expect(line('en')).toContain('that the year columns H, I and J were hidden on the sheet "Tiltak drift"');
  expect(line('en')).toContain('They are shown now; hide them again in Excel if you want');
});
