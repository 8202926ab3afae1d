// The site's Next config as `next build` resolved it, for the production server to start from.
import { readFileSync } from "node:fs";
import path from "node:path";

const rebuild = "build the site again (`npm start` does when it is out of date)";

/**
 * The config `next build` resolved and wrote beside the build (`required-server-files.json`, the
 * same that Next's own standalone server starts from), with compression off: serve.mjs
 * compresses, after rewriting each page's head. Undefined when there is no build (Next then says
 * so); an error naming the file when it is there but unreadable.
 */
export function readBuiltNextConfig(distDir) {
  const file = path.join(distDir, "required-server-files.json");
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return undefined;
    throw new Error(`${file} cannot be read (${error.message}): ${rebuild}`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON: ${rebuild}`);
  }
  const config = parsed?.config;
  if (typeof config !== "object" || config === null || Array.isArray(config))
    throw new Error(`${file} has no "config" object: ${rebuild}`);
  return { ...config, compress: false };
}
