/** Parsed command line: positionals and `--flag value` / `--flag` options (repeatable). */
export interface Args {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Splits argv into positionals, valued options (those listed in `valued`) and boolean flags.
 * Returns an error message for an unknown option or a missing value.
 */
export function parseArgs(argv: string[], valued: string[], booleans: string[]): Args | { error: string } {
  const args: Args = { positionals: [], options: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--")) {
      args.positionals.push(arg);
      continue;
    }
    const [name = "", inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (booleans.includes(name)) {
      args.flags.add(name);
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { error: `--${name} needs a value` };
      args.options.set(name, [...(args.options.get(name) ?? []), value]);
    } else {
      return { error: `unknown option --${name}` };
    }
  }
  return args;
}
