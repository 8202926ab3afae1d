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
 * | time       | —                                           | primitives: time format and parse |
 * | text       | —                                           | primitives: normalise, shorten    |
 * | media      | —                                           | primitives: media references      |
 * | messages   | —                                           | primitives: the message store     |
 * | security   | —                                           | primitives: response headers      |
 * | parse      | time, media                                 | one parser per source format      |
 * | model      | parse, time, media                          | the zod schemas of the model      |
 * | merge      | parse, model, text, time, media             | sources → one model               |
 * | build      | parse, merge, model, time                   | files → parsed → merged → JSON    |
 * | content    | model, time                                 | the only file access              |
 * | feed       | model, parse                                | podcast feeds: network and XML    |
 * | links      | model, text, time                           | URL parameters, share and clip ids |
 * | sync       | links, model, time                          | transcript ↔ playback (DOM)       |
 * | player     | sync, model, time, media                    | media adapters, the player store  |
 * | view       | links, model, text, time                    | what pages compute from the model |
 * | search     | content, links, model, text, time           | indexes and ranking               |
 * | export     | content, links, model, time, media          | VTT, SRT, text, JSON, feeds       |
 * | cli        | every folder                                | the `episodes` command            |
 *
 * Nothing in `lib/` imports React, Next.js, `components/`, `app/`, `scripts/` or `tests/`.
 * A new folder in `lib/` must get a row here (the lint run fails until it has one).
 */

/** @type {Record<string, readonly string[] | "*">} */
export const LAYERS = {
  time: [],
  text: [],
  media: [],
  messages: [],
  security: [],
  parse: ["time", "media"],
  model: ["parse", "time", "media"],
  merge: ["parse", "model", "text", "time", "media"],
  build: ["parse", "merge", "model", "time"],
  content: ["model", "time"],
  feed: ["model", "parse"],
  links: ["model", "text", "time"],
  sync: ["links", "model", "time"],
  player: ["sync", "model", "time", "media"],
  view: ["links", "model", "text", "time"],
  search: ["content", "links", "model", "text", "time"],
  export: ["content", "links", "model", "time", "media"],
  cli: "*",
};

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

/** `no-restricted-imports` paths and patterns for the forbidden packages. */
export function forbiddenPackageRule() {
  const message = "lib/ is pure TypeScript: no React or Next.js (layering: eslint/layering.mjs).";
  return {
    paths: FORBIDDEN_PACKAGES.map((name) => ({ name, message })),
    patterns: [{ group: FORBIDDEN_PACKAGES.map((name) => `${name}/*`), message }],
  };
}
