import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { episodeSchema } from "@/lib/model/episode-schema";

const root = path.resolve(__dirname, "../..");
const VTT =
  "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Speaker 1>Hello there.\n\n00:00:02.500 --> 00:00:04.000\n<v Speaker 2>Hi, how are you?\n";

/** Builds one folder per case with the CLI, its heap capped at 1 GiB; returns the run and paths. */
function buildCases(cases: Record<string, Uint8Array | string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "hostile-"));
  const sources = path.join(dir, "sources");
  const out = path.join(dir, "out");
  for (const [slug, data] of Object.entries(cases)) {
    mkdirSync(path.join(sources, slug), { recursive: true });
    writeFileSync(path.join(sources, slug, "file"), data);
  }
  const run = spawnSync(
    "node",
    [
      "--max-old-space-size=1024",
      path.join(root, "bin/episodes.mjs"),
      "build",
      "--sources",
      sources,
      "--out",
      out,
      "--no-index",
    ],
    { cwd: dir, encoding: "utf8", timeout: 120_000 },
  );
  const model = (slug: string) =>
    existsSync(path.join(out, `${slug}.json`))
      ? episodeSchema.parse(JSON.parse(readFileSync(path.join(out, `${slug}.json`), "utf8")))
      : undefined;
  /** Every sentence of a built episode, a line each (the stored model keeps words, not text). */
  const text = (slug: string) =>
    model(slug)
      ?.transcript.turns.flatMap((t) => t.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)))
      .join("\n");
  return { run, model, text };
}

const utf16 = (text: string, bigEndian: boolean) => {
  const le = Buffer.from(text, "utf16le");
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};

function tenHourVtt(): string {
  const lines = ["WEBVTT", ""];
  const ts = (s: number) =>
    `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.000`;
  for (let t = 0, i = 0; t < 36_000; t += 4, i++) {
    lines.push(
      `${ts(t)} --> ${ts(t + 4)}`,
      `<v Speaker ${1 + (i % 3)}>Sentence ${i} is spoken here today.`,
      "",
    );
  }
  return lines.join("\n");
}

describe("hostile files", () => {
  const { run, model, text } = buildCases({
    empty: "",
    binary: Uint8Array.from({ length: 2048 }, (_, i) => i % 256),
    "out-of-order":
      "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nLater.\n\n00:00:01.000 --> 00:00:02.000\nEarlier.\n",
    backwards: "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nBackwards.\n",
    "bad-timing":
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFine.\n\n00:00:03.000 --> 00:0x:04.000\nBroken.\n",
    huge: "WEBVTT\n\n" + "00:00:01.000 --> 00:00:02.000\nfiller words here\n\n".repeat(200_000),
    "truncated-in-text": VTT.slice(0, 60),
    "truncated-in-timing": VTT.slice(0, 70),
    "utf8-bom": "\uFEFF" + VTT,
    "utf16-le": utf16(VTT, false),
    "utf16-be": utf16(VTT, true),
    crlf: VTT.replace(/\n/g, "\r\n"),
    cr: VTT.replace(/\n/g, "\r"),
    cp1252: Buffer.from([
      ...Buffer.from("Ann Lee: Caf", "latin1"),
      0xe9,
      0x20,
      0x93,
      ...Buffer.from("quoted", "latin1"),
      0x94,
      ...Buffer.from(" na", "latin1"),
      0xef,
      ...Buffer.from("ve.\nBob Ray: Yes it", "latin1"),
      0x92,
      ...Buffer.from("s fine.\n", "latin1"),
    ]),
    "ten-hours": tenHourVtt(),
  });

  it("exits 1 without a stack trace and names file and line for each broken file", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).toMatch(/sources\/empty\/file:1: not a recognised format/);
    expect(run.stderr).toMatch(/sources\/binary\/file:1: .*binary/);
    expect(run.stderr).toMatch(/sources\/out-of-order\/file:6: cue starts before the previous cue/);
    expect(run.stderr).toMatch(/sources\/backwards\/file:3: cue ends at or before its start/);
    expect(run.stderr).toMatch(/sources\/bad-timing\/file:6: /);
    expect(run.stderr).toMatch(/sources\/truncated-in-timing\/file:6: text outside any cue/);
    expect(run.stderr).toMatch(
      /sources\/huge\/file:1: file is \d+\.\d MB; the largest source accepted is 8\.0 MB/,
    );
  });

  it("builds every encoding and line ending to the same words", () => {
    for (const slug of ["utf8-bom", "utf16-le", "utf16-be", "crlf", "cr"]) {
      expect(model(slug)?.slug, slug).toBe(slug);
      expect(text(slug)).toContain("Hi, how are you?");
      expect(text(slug)).toContain("Hello there.");
    }
  });

  it("reads Windows-1252 text as the characters it means", () => {
    expect(text("cp1252")).toContain("Café “quoted” naïve.");
    expect(text("cp1252")).toContain("Yes it’s fine.");
  });

  it("builds a truncated file from what it holds, and a ten-hour file", () => {
    expect(text("truncated-in-text")).toContain("Hello the");
    expect(model("ten-hours")?.duration).toBe(36_000);
  });
});

describe("generated files (property)", () => {
  it("every generated folder either builds or is reported as path:line, never a crash", () => {
    const piece = fc.oneof(
      fc.constant("WEBVTT\n\n"),
      fc.constant("00:00:01.000 --> 00:00:02.000\n"),
      fc.constant("<v Speaker 1>"),
      fc.constant("Ann Lee: "),
      fc.constant("- (01:02) - Chapter\n"),
      fc.constant("---\ntitle: x\n---\n"),
      fc.constant('<a class="yt-timestamp" data-t="00:01:02">[00:01:02]</a>'),
      fc.string({ maxLength: 40 }),
      fc.constant("\n"),
    );
    const file = fc.oneof(
      fc.array(piece, { maxLength: 40 }).map((parts) => parts.join("")),
      fc.uint8Array({ maxLength: 200 }),
    );
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 12 }), (files) => {
        const cases = Object.fromEntries(files.map((data, i) => [`case-${i}`, data]));
        const { run, model } = buildCases(cases);
        expect([0, 1]).toContain(run.status);
        expect(run.stderr).not.toMatch(/internal error|^\s+at /m);
        for (const slug of Object.keys(cases)) {
          const reported =
            run.stderr.includes(`sources/${slug}/file:`) || run.stderr.includes(`sources/${slug}:`);
          expect(model(slug) !== undefined || reported, slug).toBe(true);
        }
        for (const line of run.stderr.trim().split("\n").filter(Boolean))
          expect(line).toMatch(/^\S.*:\d+: \S/);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
