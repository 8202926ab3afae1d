import type { ParseIssue, ParseResult } from "./types";

/**
 * Collects a parser's errors and warnings and builds its {@link ParseResult}.
 * In strict mode every warning is reported as an error instead.
 */
export interface IssueCollector {
  /** Records a fatal problem at a 1-based line. */
  error(line: number, message: string): void;
  /** Records a tolerated oddity at a 1-based line (an error in strict mode). */
  warn(line: number, message: string): void;
  /** True once any error (including strict-mode warnings) has been recorded. */
  readonly failed: boolean;
  /** The result: `ok` with `value` when nothing failed, else the sorted errors. */
  finish<T>(value: T): ParseResult<T>;
  /** A failed result with the issues so far (adds `fallback` as an error if none exist). */
  fail<T>(fallback: ParseIssue): ParseResult<T>;
}

const byLine = (a: ParseIssue, b: ParseIssue): number => a.line - b.line;

/** Makes a positive integer line number out of anything (bad values become 1). */
export function safeLine(line: number): number {
  return Number.isFinite(line) && line >= 1 ? Math.floor(line) : 1;
}

/** Creates an {@link IssueCollector}; `strict` turns warnings into errors. */
export function createIssues(strict = false): IssueCollector {
  const errors: ParseIssue[] = [];
  const warnings: ParseIssue[] = [];
  return {
    error(line, message) {
      errors.push({ line: safeLine(line), message });
    },
    warn(line, message) {
      (strict ? errors : warnings).push({ line: safeLine(line), message });
    },
    get failed() {
      return errors.length > 0;
    },
    finish<T>(value: T): ParseResult<T> {
      if (errors.length > 0)
        return { ok: false, errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
      return { ok: true, value, warnings: warnings.sort(byLine) };
    },
    fail<T>(fallback: ParseIssue): ParseResult<T> {
      if (errors.length === 0) errors.push({ line: safeLine(fallback.line), message: fallback.message });
      return { ok: false, errors: errors.sort(byLine), warnings: warnings.sort(byLine) };
    },
  };
}

/**
 * Runs a parser body and turns any unexpected exception into a line-1 error, so that
 * parsers never throw whatever the input.
 */
export function neverThrow<T>(body: () => ParseResult<T>): ParseResult<T> {
  try {
    return body();
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ line: 1, message: `internal parser error: ${reason}` }], warnings: [] };
  }
}
