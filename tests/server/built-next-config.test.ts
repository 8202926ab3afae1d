import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readBuiltNextConfig } from "../../scripts/lib/built-next-config.mjs";

/** A dist folder holding `text` as its required-server-files.json (none when undefined). */
function distWith(text?: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "built-config-")), ".next");
  mkdirSync(dir);
  if (text !== undefined) writeFileSync(path.join(dir, "required-server-files.json"), text);
  return dir;
}

describe("readBuiltNextConfig (the server starts from the config `next build` resolved)", () => {
  it("returns the built config as it is, but with compression left to scripts/serve.mjs", () => {
    const config = {
      distDir: ".next-x",
      compress: true,
      poweredByHeader: false,
      htmlLimitedBots: ".*",
      env: { SITE_URL: "https://episodes.example" },
      experimental: { isrFlushToDisk: false },
    };
    const dist = distWith(JSON.stringify({ version: 1, config, files: [] }));
    expect(readBuiltNextConfig(dist)).toEqual({ ...config, compress: false });
  });

  it("returns nothing when the site is not built (Next then says so itself)", () => {
    expect(readBuiltNextConfig(distWith())).toBeUndefined();
  });

  it("names the file and what to do when it is not JSON or holds no config", () => {
    for (const [text, problem] of [
      ['{"version": 1, "config": {', "is not valid JSON"],
      ['{"version": 1}', 'has no "config" object'],
      ['{"config": null}', 'has no "config" object'],
      ['{"config": ["a"]}', 'has no "config" object'],
      ["[]", 'has no "config" object'],
    ] as const) {
      const dist = distWith(text);
      expect(() => readBuiltNextConfig(dist)).toThrow(
        `${path.join(dist, "required-server-files.json")} ${problem}: build the site again (\`npm start\` does when it is out of date)`,
      );
    }
  });
});
