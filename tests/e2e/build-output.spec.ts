import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test, expect } from "@playwright/test";

// The site build (`next build`) holds no copy of the library: pages and files read the episodes
// folder on request. `npm start` and `npm run export` rebuild the site only when its code changes,
// so anything the build rendered from the episodes would leave out those added since.
test("the production build prerendered nothing from the episodes", () => {
  const dir = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "app");
  const rendered = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(body|html|rsc)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  expect(rendered.length).toBeGreaterThan(0);
  // Episode A's slug, which every page or file made from the library names.
  const baked = rendered.filter((file) =>
    readFileSync(path.join(dir, file), "utf8").includes("hugging-face-watsonx"),
  );
  expect(baked).toEqual([]);
});
