#!/usr/bin/env node
// Deprecation warnings from dependencies are nothing a user can act on.
process.noDeprecation = true;
// The reader of our output went away (`soat rules | head`): stop quietly, as other command-line tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../dist/cli.js');

process.exitCode = await main(process.argv.slice(2));
