import type { IssueCollector } from "./issues";
import { arrayItemOffsets } from "./json-item-offsets";
import { createLineLocator, normaliseNewlines } from "./text-lines";

/** A JSON source read for one of its top-level arrays, with the line of each item. */
export interface JsonSource {
  /** The top-level object. */
  root: Record<string, unknown>;
  /** The array under the key asked for. */
  items: unknown[];
  /** The 1-based line where item `index` starts (line 1 when unknown). */
  lineOfItem(index: number): number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Where `JSON.parse` failed: its message names a position (Node 20: `… at position 42`; later
 * versions also `(line 3 column 5)`), or the input ran out (its last line).
 */
function syntaxErrorLine(message: string, text: string, lineAt: (offset: number) => number): number {
  const line = /\bline (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /\bposition (\d+)/.exec(message);
  return lineAt(position ? Number(position[1]) : text.length);
}

/**
 * Parses a JSON source and finds the array under `key` of its top-level object.
 * Errors (recorded in `issues`): an empty file; a syntax error, on the line where `JSON.parse`
 * stopped; a top-level value that is not an object; `key` missing or not an array.
 *
 * @param text The file's text (any line ends, optional BOM).
 * @param key The top-level property holding the items, e.g. "segments".
 * @returns The source, or undefined after recording an error.
 */
export function readJsonSource(text: string, key: string, issues: IssueCollector): JsonSource | undefined {
  const normal = normaliseNewlines(text);
  const lineAt = createLineLocator(normal);
  if (normal.trim() === "") {
    issues.error(1, `empty file: expected a JSON object with "${key}"`);
    return undefined;
  }
  let root: unknown;
  try {
    root = JSON.parse(normal);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    issues.error(syntaxErrorLine(message, normal, lineAt), `invalid JSON: ${message}`);
    return undefined;
  }
  if (!isObject(root)) {
    const found = Array.isArray(root) ? "an array" : root === null ? "null" : typeof root;
    issues.error(1, `expected a JSON object with "${key}", found ${found}`);
    return undefined;
  }
  const items = root[key];
  if (!Array.isArray(items)) {
    issues.error(1, `"${key}" ${items === undefined ? "is missing" : "is not an array"}`);
    return undefined;
  }
  const offsets = arrayItemOffsets(normal, key);
  return { root, items, lineOfItem: (index) => lineAt(offsets[index] ?? 0) };
}

/**
 * Warns (line 1) when the top-level `version` is not of the `major` version expected. A missing
 * `version` passes: the spec asks for it, but hosts' generated files often leave it out, and the
 * content is read the same way; a build (strict) would otherwise refuse a feed's transcript whole.
 */
export function checkVersion(root: Record<string, unknown>, major: string, issues: IssueCollector): void {
  const version = root.version;
  if (version === undefined) return;
  if (typeof version !== "string" || !version.startsWith(`${major}.`))
    issues.warn(1, `unknown version ${JSON.stringify(version)} (expected "${major}.x.x")`);
}
