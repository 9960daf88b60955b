#!/usr/bin/env node
// Deprecation warnings from dependencies are nothing a user can act on.
process.noDeprecation = true;
// The reader of our output went away (`soat rules | head`): stop quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const argv = process.argv.slice(2);
// `soat check` (the default command) checks on a worker thread: start it first, so that it loads while the
// CLI does (packages/checker/src/node/check-pool.ts). An idle thread does not keep the process alive.
const { commandOf } = await import('../dist/commands.js');
const pool = commandOf(argv) === 'check' ? await import('../dist/check-pool.js') : null;
pool?.prestartCheckPool();
const { main } = await import('../dist/cli.js');

process.exitCode = await main(argv);
