import path from "node:path";
import { parseArgs } from "./parse-args";
import { getEpisode } from "../content/load-episodes";
import { EXPORT_FORMATS, EXPORTS, isExportFormat } from "../export/export-formats";
import { availableExports, renderExport } from "../export/render-export";
import { SITE_URL_EXAMPLE, siteOrigin } from "../export/site-origin";

/**
 * Points the model loader (`lib/content/load-episodes`, which reads `EPISODES_DIR`) at `dir` for
 * this process, so the CLI reads the built model exactly as the site does.
 */
export function setEpisodesDir(dir: string | undefined): void {
  if (dir !== undefined) process.env.EPISODES_DIR = path.resolve(dir);
}

/**
 * `episodes export <slug> [--format vtt|srt|txt|json|chapters] [--episodes DIR]`: writes one
 * export of a built episode to stdout (the same text the site serves). An export the episode has
 * no content for is still printed (a valid, empty file), with a note on stderr. Chapter links
 * need `SITE_URL` and are left out, with a note, without it. Returns the exit code: 0, 1 for an
 * unknown episode, 2 for bad usage or an invalid `SITE_URL`.
 */
export function runExport(argv: string[]): number {
  const args = parseArgs(argv, ["format", "episodes"], []);
  if ("error" in args) {
    console.error(`episodes export: ${args.error}`);
    return 2;
  }
  const [slug, ...extra] = args.positionals;
  if (slug === undefined || extra.length > 0) {
    console.error("episodes export: name one episode, e.g. npx episodes export my-episode --format vtt");
    return 2;
  }
  const format = args.options.get("format")?.at(-1) ?? "vtt";
  if (!isExportFormat(format)) {
    console.error(`episodes export: unknown format "${format}" (use ${EXPORT_FORMATS.join(", ")})`);
    return 2;
  }
  setEpisodesDir(args.options.get("episodes")?.at(-1));
  const episode = getEpisode(slug);
  if (!episode) {
    console.error(`episodes export: no built episode "${slug}" (run npx episodes build)`);
    return 1;
  }
  if (!availableExports(episode).includes(format)) {
    console.error(`episodes export: ${slug} has nothing for ${EXPORTS[format].path}; the file is empty`);
  }
  let origin: string | undefined;
  try {
    origin = siteOrigin();
  } catch (error) {
    console.error(`episodes export: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (format === "chapters" && origin === undefined) {
    console.error(
      `episodes export: SITE_URL is not set, so the chapters carry no links to the site (${SITE_URL_EXAMPLE})`,
    );
  }
  process.stdout.write(renderExport(episode, format, { origin }));
  return 0;
}
