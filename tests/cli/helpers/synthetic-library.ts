import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vi } from "vitest";
import { main } from "@/lib/cli/main";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const stamp = (s: number) => `00:${pad(Math.floor(s / 60))}:${pad(s % 60)}.000`;

/** WebVTT captions of `cues` short sentences, one every two seconds, each naming the episode. */
export function captions(name: string, cues: number): string {
  const blocks = Array.from(
    { length: cues },
    (_, i) => `${stamp(2 * i)} --> ${stamp(2 * i + 2)}\nLine ${i + 1} of ${name} about the open model.`,
  );
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/** A temporary library: `sources/<slug>/captions.vtt` for each slug (sizes differ), `out/` for the model. */
export function syntheticLibrary(slugs: string[]): { sources: string; out: string } {
  const root = mkdtempSync(path.join(tmpdir(), "episodes-incr-"));
  const sources = path.join(root, "sources");
  slugs.forEach((slug, i) => writeSource(sources, slug, "captions.vtt", captions(slug, 5 + 7 * i)));
  return { sources, out: path.join(root, "out") };
}

export function writeSource(sources: string, slug: string, name: string, text: string): void {
  mkdirSync(path.join(sources, slug), { recursive: true });
  writeFileSync(path.join(sources, slug, name), text);
}

/** Every file of a folder (hidden ones too) by name, with its text. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), "utf8")]),
  );
}

/** Runs the real CLI in-process; returns its exit code and what it printed, line by line. */
export async function cli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((line: string) => void out.push(line));
  const error = vi.spyOn(console, "error").mockImplementation((line: string) => void err.push(line));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** The progress line's verdict per slug: `built`, `unchanged` or `FAILED`. */
export function verdicts(lines: string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const line of lines) {
    const match = /^\[\d+\/\d+\] ([a-z0-9-]+): (ok|unchanged|FAILED)/u.exec(line);
    if (match?.[1] && match[2]) found[match[1]] = match[2] === "ok" ? "built" : match[2];
  }
  return found;
}
