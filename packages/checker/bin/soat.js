#!/usr/bin/env node
// Deprecation warnings from dependencies (exceljs's archiver calls `new Buffer`) are nothing a user can act on.
process.noDeprecation = true;
const { main } = await import('../dist/cli.js');

process.exitCode = await main(process.argv.slice(2));
