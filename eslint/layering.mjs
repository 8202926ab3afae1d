/**
 * The layering of `lib/`, written down once and enforced by ESLint (`npm run lint`, part of
 * `npm test`) with eslint-plugin-import's `no-restricted-paths`, which resolves every import
 * (relative, `@/` alias, `export … from`, `import()`) to a file before judging it.
 *
 * The build pipeline runs parse → merge → model; the site reads the model through content and
 * renders it in view/app. A folder may import only the folders in its row (and itself):
 *
 * | folder     | may import                                  | what it is                        |
 * |------------|---------------------------------------------|-----------------------------------|
 * | format     | —                                           | primitives: time formatting       |
 * | messages   | —                                           | primitives: the message store     |
 * | security   | —                                           | primitives: response headers      |
 * | parse      | format                                      | one parser per source format      |
 * | model      | parse, format                               | the zod schemas of the model      |
 * | merge      | parse, model, format                        | sources → one model               |
 * | build      | parse, merge, model, format                 | files → parsed → merged → JSON    |
 * | content    | model, format                               | the only file access              |
 * | links      | model, format                               | URL parameters (?t=, #t=, ?show=) |
 * | sync       | links, model, format                        | transcript ↔ playback (DOM)       |
 * | player     | sync, model, format                         | media adapters                    |
 * | view       | links, model, format                        | what pages compute from the model |
 * | search     | content, links, model, format               | indexes and ranking               |
 * | export     | content, links, model, format               | VTT, SRT, text, JSON              |
 * | cli        | every folder                                | the `episodes` command            |
 *
 * Nothing in `lib/` imports React, Next.js, `components/`, `app/`, `scripts/` or `tests/`.
 * A new folder in `lib/` must get a row here (the lint run fails until it has one).
 */

/** @type {Record<string, readonly string[] | "*">} */
export const LAYERS = {
  format: [],
  messages: [],
  security: [],
  parse: ["format"],
  model: ["parse", "format"],
  merge: ["parse", "model", "format"],
  build: ["parse", "merge", "model", "format"],
  content: ["model", "format"],
  links: ["model", "format"],
  sync: ["links", "model", "format"],
  player: ["sync", "model", "format"],
  view: ["links", "model", "format"],
  search: ["content", "links", "model", "format"],
  export: ["content", "links", "model", "format"],
  cli: "*",
};

/**
 * TEMPORARY: imports that break the table today and are being removed in issue 14 (the one JSON
 * serialiser, time rounding and media offset move down a layer; the one slug rule leaves
 * view). Delete each line once its import is gone; the list should end empty.
 * `imports` is a path under `lib/` (a file or a folder).
 */
export const TEMPORARY_EXCEPTIONS = [
  { folder: "export", imports: "merge/round-time.ts" },
  { folder: "export", imports: "player/media-source.ts" },
  { folder: "export", imports: "build/build-catalogue.ts" },
  { folder: "content", imports: "build/build-episode.ts" },
  { folder: "search", imports: "view/group-notes.ts" },
];

/** Packages `lib/` never imports: it is pure TypeScript, usable outside React and Next.js. */
export const FORBIDDEN_PACKAGES = ["react", "react-dom", "next"];

/** Top-level folders `lib/` never imports. */
const FORBIDDEN_FOLDERS = ["components", "app", "scripts", "tests"];

/**
 * The `no-restricted-paths` zones for the folders that exist in `lib/`: one zone per folder
 * and folder it may not import (so each message names both), plus the forbidden top-level folders.
 * @param {string[]} folders the folders of `lib/`
 */
export function layeringZones(folders) {
  const unknown = folders.filter((f) => !(f in LAYERS));
  if (unknown.length)
    throw new Error(`lib/${unknown[0]} has no row in the layering table (eslint/layering.mjs)`);
  return folders.flatMap((folder) => {
    const allowed = LAYERS[folder];
    const forbidden = allowed === "*" ? [] : folders.filter((f) => f !== folder && !allowed.includes(f));
    const zones = forbidden.map((from) => ({
      target: `./lib/${folder}`,
      from: `./lib/${from}`,
      except: exceptionsFor(folder, from),
      message: `lib/${folder} may not import lib/${from} (layering: eslint/layering.mjs).`,
    }));
    return [
      ...zones,
      ...FORBIDDEN_FOLDERS.map((from) => ({
        target: `./lib/${folder}`,
        from: `./${from}`,
        message: `lib/ may not import ${from}/ (layering: eslint/layering.mjs).`,
      })),
    ];
  });
}

/** `except` paths (relative to `lib/<from>`) of the temporary exceptions of `folder`. */
function exceptionsFor(folder, from) {
  return TEMPORARY_EXCEPTIONS.filter((e) => e.folder === folder && e.imports.startsWith(`${from}/`)).map(
    (e) => `./${e.imports.slice(from.length + 1)}`,
  );
}

/** `no-restricted-imports` paths and patterns for the forbidden packages. */
export function forbiddenPackageRule() {
  const message = "lib/ is pure TypeScript: no React or Next.js (layering: eslint/layering.mjs).";
  return {
    paths: FORBIDDEN_PACKAGES.map((name) => ({ name, message })),
    patterns: [{ group: FORBIDDEN_PACKAGES.map((name) => `${name}/*`), message }],
  };
}
