/**
 * Which command a `soat` command line runs: the one place that says it, for the CLI's dispatch (./cli.ts) and for
 * bin/soat.js, which starts the checking thread before the CLI loads only when the command checks files. A bundle
 * entry of its own (dist/commands.js), so that bin/soat.js reads nothing else to decide.
 */
export type Command = 'check' | 'report' | 'coverage' | 'rules' | 'help';

const NAMED: ReadonlySet<string> = new Set<Command>(['check', 'report', 'coverage', 'rules']);

/** `soat check` is the default: a command line that names no other command checks its arguments. */
export function commandOf(argv: readonly string[]): Command {
  const [first] = argv;
  if (first === undefined || first === '-h' || first === '--help') return 'help';
  return NAMED.has(first) ? (first as Command) : 'check';
}

/** The command's own arguments (`soat check a.txt` and `soat a.txt` both check a.txt). */
export function commandArgs(argv: readonly string[]): string[] {
  return NAMED.has(argv[0] ?? '') ? argv.slice(1) : [...argv];
}
