// A generated library for the scale bench: `count` one-hour episodes and one three-hour episode
// as source folders under <dir>/sources, plus <dir>/library.json (slug, length, probe phrase).
// Usage: tsx scripts/bench/generate-library.ts <dir> <count>; prints one JSON line.
//
// Deterministic (episode i is always the same files) and incremental: a folder that exists is
// complete (each is written to <dir>/staging and renamed in place), so a second run only checks.
// A change to the generator starts the library afresh. The episode the bench edits (the first)
// is restored to its generated text on every run, so an interrupted bench leaves no trace.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateEpisode, type SyntheticEpisode } from "./generate-episode";

interface Entry {
  slug: string;
  seconds: number;
  words: number;
  probe: string;
}

const [dir, countText] = process.argv.slice(2);
if (!dir || !countText || !/^\d+$/.test(countText)) {
  console.error("usage: generate-library.ts <dir> <count>");
  process.exit(2);
}
const count = Number(countText);
const sources = path.join(dir, "sources");
const staging = path.join(dir, "staging");
const manifestFile = path.join(dir, "library.json");

// Files whose change changes what is generated.
const GENERATOR = [
  "scripts/bench/generate-episode.ts",
  "scripts/bench/zipf-vocabulary.ts", "scripts/bench/generate-library.ts", "tests/merge/helpers/synthetic.ts"];
const version = createHash("sha256")
  .update(GENERATOR.map((file) => readFileSync(file, "utf8")).join("\0"))
  .digest("hex")
  .slice(0, 16);

/** Slug, seed and minutes of every episode: the one-hour ones, then one of three hours. */
const plan = [
  ...Array.from({ length: count }, (_, i) => ({ slug: `synthetic-${String(i).padStart(3, "0")}`, seed: i + 1, minutes: 60 })),
  { slug: "synthetic-long-000", seed: 100_001, minutes: 180 },
];

const FILES = (e: SyntheticEpisode) => ({ "transcript.txt": e.plain, "captions.vtt": e.vtt, "summary.txt": e.summary });
const FILE_NAMES = ["transcript.txt", "captions.vtt", "summary.txt"];

function readManifest(): Map<string, Entry> {
  if (!existsSync(manifestFile)) return new Map();
  const stored = JSON.parse(readFileSync(manifestFile, "utf8")) as { version: string; episodes: Entry[] };
  if (stored.version !== version) {
    rmSync(sources, { recursive: true, force: true });
    return new Map();
  }
  return new Map(stored.episodes.map((e) => [e.slug, e]));
}

function writeManifest(entries: Map<string, Entry>) {
  const episodes = plan.flatMap((p) => entries.get(p.slug) ?? []);
  writeFileSync(manifestFile, JSON.stringify({ version, episodes }, null, 1) + "\n");
}

const entries = readManifest();
mkdirSync(sources, { recursive: true });
rmSync(staging, { recursive: true, force: true });
let generated = 0;
for (const [i, { slug, seed, minutes }] of plan.entries()) {
  const folder = path.join(sources, slug);
  const done = existsSync(folder) && entries.has(slug);
  if (done && i !== 0) continue;
  const episode = generateEpisode(seed, minutes);
  entries.set(slug, { slug, seconds: episode.seconds, words: episode.words, probe: episode.probe });
  if (done) {
    // The episode the bench edits: back to its generated text if a run was interrupted.
    for (const [name, text] of Object.entries(FILES(episode)))
      if (readFileSync(path.join(folder, name), "utf8") !== text) writeFileSync(path.join(folder, name), text);
    continue;
  }
  const temp = path.join(staging, slug);
  mkdirSync(temp, { recursive: true });
  for (const [name, text] of Object.entries(FILES(episode))) writeFileSync(path.join(temp, name), text);
  rmSync(folder, { recursive: true, force: true });
  renameSync(temp, folder);
  if (++generated % 50 === 0) writeManifest(entries);
}
// Folders of a larger earlier library (or of an older plan) are not part of this one.
const planned = new Set(plan.map((p) => p.slug));
for (const name of readdirSync(sources)) if (!planned.has(name)) rmSync(path.join(sources, name), { recursive: true });
writeManifest(entries);
rmSync(staging, { recursive: true, force: true });

const sourceBytes = plan.reduce(
  (n, p) => n + FILE_NAMES.reduce((m, f) => m + statSync(path.join(sources, p.slug, f)).size, 0),
  0,
);
const all = plan.map((p) => entries.get(p.slug) as Entry);
console.log(
  JSON.stringify({
    episodes: all.length,
    generated,
    hours: all.reduce((n, e) => n + e.seconds, 0) / 3600,
    words: all.reduce((n, e) => n + e.words, 0),
    sourceBytes,
    oneHour: all[1],
    long: all.at(-1),
  }),
);
