/**
 * Preloaded into a command run by the bench (`node --require ./bench/rssAtExit.cjs build/cli/tiltaksplan.js …`):
 * at exit, prints the exit code and the process's peak resident set size (Node's own counter) as one result
 * line. The prefix is bench/stats.ts's RESULT_PREFIX.
 */
process.on('exit', (code) => {
  const maxRssKb = process.resourceUsage().maxRSS;
  process.stdout.write(`BENCH-RESULT ${JSON.stringify({ code, maxRssKb })}\n`);
});
