/**
 * Runs one CLI command in this process and prints its exit code and the process's peak resident set size
 * (Node's own counter): `node --import tsx bench/cliRss.ts check FILE --write --out OUT`.
 */
import { main, processIo } from '../src/cli/main';
import { RESULT_PREFIX } from './stats';

void main(process.argv.slice(2), { ...processIo(), stdout: () => undefined }).then((code) => {
  const maxRssKb = process.resourceUsage().maxRSS;
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ code, maxRssKb })}\n`);
});
