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
