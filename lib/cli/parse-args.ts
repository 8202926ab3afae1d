import path from "node:path";
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from "node:util";

/** Parsed command line: positionals and `--flag value` / `--flag` options (repeatable). */
export interface Args {
  positionals: string[];
  options: Map<string, string[]>;
  flags: Set<string>;
}

/**
 * Splits argv into positionals, valued options (those listed in `valued`) and boolean flags,
 * with `node:util`'s parser (`--name value`, `--name=value`, `--` ends the options).
 * Returns an error message for an unknown option or a missing value.
 */
export function parseArgs(argv: string[], valued: string[], booleans: string[]): Args | { error: string } {
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const name of valued) options[name] = { type: "string", multiple: true };
  for (const name of booleans) options[name] = { type: "boolean" };
  // Not strict: unknown options and missing values come back as tokens and are reported below in
  // the CLI's words; a valued option takes the next argument even when it starts with dashes.
  const { tokens } = parseNodeArgs({
    args: argv,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const args: Args = { positionals: [], options: new Map(), flags: new Set() };
  for (const token of tokens) {
    if (token.kind === "positional") {
      args.positionals.push(token.value);
    } else if (token.kind === "option") {
      const { name } = token;
      if (booleans.includes(name)) {
        args.flags.add(name);
      } else if (!valued.includes(name)) {
        return { error: `unknown option ${token.rawName}` };
      } else if (token.value === undefined) {
        return { error: `--${name} needs a value` };
      } else {
        args.options.set(name, [...(args.options.get(name) ?? []), token.value]);
      }
    }
  }
  return args;
}

/**
 * Where the sources and the model are: `--sources` (repeatable) and `--out` first, then the
 * environment (`EPISODES_SOURCES`, a list joined like PATH; `EPISODES_DIR`, which the site reads
 * too), then `content/sources` and `content/episodes`.
 */
export function contentLocations(args: Args): { roots: string[]; out: string } {
  const envRoots = process.env.EPISODES_SOURCES?.split(path.delimiter).filter((r) => r.trim() !== "");
  const roots = args.options.get("sources") ?? (envRoots?.length ? envRoots : ["content/sources"]);
  const out = args.options.get("out")?.at(-1) ?? (process.env.EPISODES_DIR?.trim() || "content/episodes");
  return { roots, out };
}
