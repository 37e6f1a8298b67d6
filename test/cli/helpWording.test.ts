/**
 * The help's bokmål and nynorsk as a reader meets them (cli26): every command's help opens with what it does in the
 * present tense («Kontrollerer», «Lager», «Viser»; roll said «Ruller», an order), «en arbeidsbok med ingen
 * tiltakstabeller» reads «uten», and the formulas using INDIRECT or OFFSET are named as not checked in a sentence.
 */
import { main } from '../../src/cli/main';
import { testIo } from './testIo';

async function help(command: string, lang: string): Promise<string> {
  const io = testIo();
  expect(await main([command, '--help', '--lang', lang], io)).toBe(0);
  return io.out().replace(/\s+/g, ' ');
}

it.each([
  ['roll', 'nb', 'Rullerer planen ett år fram'],
  ['roll', 'nb', 'de som bruker INDIRECT eller OFFSET, nevnes som ikke kontrollert'],
  ['roll', 'nn', 'dei som brukar INDIRECT eller OFFSET, blir nemnde som ikkje kontrollerte'],
  ['compare', 'nb', 'en arbeidsbok uten tiltakstabeller'],
  ['compare', 'nn', 'ei arbeidsbok utan tiltakstabellar'],
])('%s --help --lang %s says «%s»', async (command, lang, said) => {
  expect(await help(command, lang)).toContain(said);
});
