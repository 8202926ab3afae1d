import { readTextIfExists } from "../content/source-files";
import { modelVersionProblem } from "../model/decode-episode";

/**
 * The `episodes check` line for a built file that differs from what the sources build now:
 * `path:1: why: what to run`. A file of another model version says so (a library built before an
 * upgrade is otherwise just "out of date" on every file, with no hint why).
 */
export function explainOutOfDate(file: string): string {
  const text = readTextIfExists(file);
  let problem: string | undefined;
  if (text !== undefined) {
    try {
      problem = modelVersionProblem(JSON.parse(text));
    } catch {
      // Not JSON at all: simply out of date, the build rewrites it.
    }
  }
  return `${file}:1: ${problem ?? "out of date: run npx episodes build"}`;
}
