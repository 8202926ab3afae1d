// Decides whether the Next build is out of date: a stamp of every input's path, size and mtime.
// The built model (content/episodes) is not an input: pages read it on request, so a content
// build needs no site build.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { NEXT_BUILD_ARGS } from "./run.mjs";

const root = new URL("../../", import.meta.url).pathname;
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

function walk(entry, out) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  const stat = statSync(full);
  if (stat.isDirectory()) {
    for (const child of readdirSync(full).sort()) walk(path.join(entry, child), out);
  } else {
    out.push(`${entry}\t${stat.size}\t${Math.round(stat.mtimeMs)}`);
  }
}

/**
 * Hash of the build inputs plus the flavour (e.g. which episodes folder it was built from), the
 * site's origin, which the build fixes into its pages, and how next build is run (its bundler).
 */
export function inputStamp(flavour, extraDirs = [], siteUrl = process.env.SITE_URL ?? "") {
  const lines = [`flavour\t${flavour}`, `site\t${siteUrl}`, `next\t${NEXT_BUILD_ARGS.join(" ")}`];
  for (const entry of [...INPUTS, ...extraDirs]) walk(entry, lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

const stampFile = (distDir) => path.join(root, distDir, "explorer-build-stamp");

/** True when `distDir` holds a production build made from exactly these inputs. */
export function isBuildCurrent(distDir, stamp) {
  const file = stampFile(distDir);
  return (
    existsSync(path.join(root, distDir, "BUILD_ID")) &&
    existsSync(file) &&
    readFileSync(file, "utf8") === stamp
  );
}

/** Records the inputs a successful build was made from. */
export function writeBuildStamp(distDir, stamp) {
  writeFileSync(stampFile(distDir), stamp);
}
