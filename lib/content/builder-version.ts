import "server-only";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The builder's version: a fingerprint of the code that turns sources into the model, so a
 * change to a parser, the merge or the schema rebuilds every episode while an edit elsewhere
 * (the site, the CLI's wording) does not. Computed from the code's text, never from mtimes.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Folders (under `lib/`) and files whose code decides what a source folder builds into. */
export const BUILDER_CODE = {
  folders: ["parse", "merge", "model", "build", "text", "time", "media"],
  files: ["cli/build-all.ts"],
};

const BARE_IMPORT = /\bfrom\s+["']([^"'./][^"']*)["']/gu;

function listTypeScript(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listTypeScript(full);
      return entry.isFile() && entry.name.endsWith(".ts") ? [full] : [];
    })
    .sort();
}

/** `zod/mini` → `zod`, `@scope/pkg/x` → `@scope/pkg`; undefined for Node's own modules. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith("node:")) return undefined;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/**
 * Hashes each builder file's path and text, then the exact version package.json names for each
 * library those files import (a library upgrade can change what a parser returns).
 */
export function computeBuilderVersion(root = ROOT): string {
  const lib = path.join(root, "lib");
  const files = [
    ...BUILDER_CODE.folders.flatMap((folder) => listTypeScript(path.join(lib, folder))),
    ...BUILDER_CODE.files.map((file) => path.join(lib, file)),
  ];
  const hash = createHash("sha256");
  const packages = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    hash.update(`${path.relative(root, file).split(path.sep).join("/")}\0${text.length}\0${text}\0`);
    for (const match of text.matchAll(BARE_IMPORT)) {
      const name = packageOf(match[1] ?? "");
      if (name) packages.add(name);
    }
  }
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  for (const name of [...packages].sort()) {
    const version = manifest.dependencies?.[name] ?? manifest.devDependencies?.[name] ?? "?";
    hash.update(`package ${name}@${version}\0`);
  }
  return hash.digest("hex").slice(0, 16);
}

let memo: string | undefined;

/** The running code's builder version, computed once per process. */
export function builderVersion(): string {
  memo ??= computeBuilderVersion();
  return memo;
}
