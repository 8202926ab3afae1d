import path from "node:path";
import { contentLocations, parseArgs } from "./parse-args";
import { runBuild } from "./build-command";
import { setEpisodesDir } from "./export-command";
import { copyIntoFolder, listEpisodeFolders } from "../content/source-files";
import { getEpisode } from "../content/load-episodes";
import { episodeSchema, type Episode } from "../model/episode-schema";

/** What the merge did with an episode, one line each: sources, voices, clocks, speakers, warnings. */
export function describeMerge(episode: Episode): string[] {
  const lines = [`${episode.slug}: "${episode.title}"`];
  for (const source of episode.sources) {
    const used = source.used.length > 0 ? `used ${source.used.join(", ")}` : "nothing used";
    lines.push(`  ${source.id}: ${source.format}; ${used}`);
    const clock = source.clock;
    if (clock && (clock.offset !== 0 || clock.rate !== 1)) {
      lines.push(
        `    clock: offset ${clock.offset} s, rate ${clock.rate} (episode time = file time × rate + offset)`,
      );
    }
  }
  for (const speaker of episode.speakers) {
    const from = speaker.nameSource ? ` (name from ${speaker.nameSource})` : speaker.name ? "" : " (unnamed)";
    // A caption voice other than the name itself ("Speaker 2") is one the merge gave a name to.
    const voices = speaker.name !== undefined ? speaker.voices.filter((v) => v !== speaker.name) : [];
    const named = voices.length > 0 ? `; caption voice ${voices.join(", ")} named ${speaker.name}` : "";
    lines.push(`  speaker ${speaker.label}${from}${named}`);
  }
  let sentences = 0;
  for (const turn of episode.transcript.turns)
    for (const p of turn.paragraphs) sentences += p.sentences.length;
  lines.push(`  transcript: ${sentences} sentences, timing ${episode.transcript.timing}`);
  const counts = [
    [episode.sections.length, "sections"],
    [episode.keyPoints.length, "key points"],
    [episode.notes.length, "notes"],
    [episode.chapters.length, "chapters"],
  ] as const;
  const found = counts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  if (found.length > 0) lines.push(`  also: ${found.join(", ")}`);
  for (const w of episode.warnings) lines.push(`  warning: ${w.source ? `${w.source}: ` : ""}${w.message}`);
  return lines;
}

/**
 * `episodes add <slug> <file>… [--sources DIR]… [--out DIR] [--quiet]`: copies the files into
 * `<first sources DIR>/<slug>/` (never overwriting a different file), builds every episode like
 * `episodes build` and prints what the merge made of the new one. Returns the build's exit code
 * (1 when any episode failed, each failure printed as `path:line: reason`), or 2 for bad usage.
 */
export async function runAdd(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["sources", "out"], ["quiet"]);
  if ("error" in args) {
    console.error(`episodes add: ${args.error}`);
    return 2;
  }
  const usage = readSlugAndFiles(args.positionals);
  if (typeof usage === "number") return usage;
  const { slug, files } = usage;
  const { roots, out } = contentLocations(args);
  const [root = "content/sources", ...others] = roots;
  const elsewhere = listEpisodeFolders(others).folders.find((f) => f.slug === slug);
  if (elsewhere) {
    console.error(`${elsewhere.dir}:1: slug "${slug}" already exists in another sources folder`);
    return 1;
  }
  const dir = path.join(root, slug);
  if (!copyFiles(files, dir)) return 1;
  const code = await runBuild(
    [
      ...roots.flatMap((r) => ["--sources", r]),
      "--out",
      out,
      ...(args.flags.has("quiet") ? ["--quiet"] : []),
    ],
    false,
  );
  setEpisodesDir(out);
  const episode = getEpisode(slug);
  if (!episode) {
    console.error(
      `episodes add: ${slug} did not build (see above); fix its files in ${dir} and run npx episodes build`,
    );
    return code === 0 ? 1 : code;
  }
  console.log(describeMerge(episode).join("\n"));
  return code;
}

/** The slug and files named on the command line, or exit code 2 (after saying why) when they are unusable. */
function readSlugAndFiles(positionals: string[]): { slug: string; files: string[] } | number {
  const [slug, ...files] = positionals;
  if (slug === undefined || files.length === 0) {
    console.error(
      "episodes add: name the episode and its files, e.g. npx episodes add my-episode captions.vtt",
    );
    return 2;
  }
  if (!episodeSchema.shape.slug.safeParse(slug).success) {
    console.error(
      `episodes add: "${slug}" is not a slug (use lowercase letters, digits and dashes, e.g. my-episode)`,
    );
    return 2;
  }
  const names = files.map((f) => path.basename(f));
  const clash = names.find((n, i) => names.indexOf(n) !== i) ?? names.find((n) => n.startsWith("."));
  if (clash !== undefined) {
    console.error(`episodes add: "${clash}" is named twice or hidden; give each file its own visible name`);
    return 2;
  }
  return { slug, files };
}

/**
 * Copies the files into `dir` and says what was copied; copies nothing (and says why) when a
 * file is missing or would overwrite a different one.
 *
 * @returns Whether the files are now in `dir`.
 */
function copyFiles(files: string[], dir: string): boolean {
  const copy = copyIntoFolder(files, dir);
  for (const file of copy.missing) console.error(`${file}:1: no such file`);
  for (const file of copy.conflicts)
    console.error(`${file}:1: already exists with other content; not overwritten`);
  if (copy.missing.length > 0 || copy.conflicts.length > 0) {
    console.error("episodes add: nothing copied");
    return false;
  }
  const list = (paths: string[]) => paths.map((p) => path.basename(p)).join(", ");
  if (copy.copied.length > 0) console.log(`copied into ${dir}: ${list(copy.copied)}`);
  if (copy.unchanged.length > 0) console.log(`already in ${dir}: ${list(copy.unchanged)}`);
  return true;
}
