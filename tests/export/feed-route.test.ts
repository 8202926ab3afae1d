import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { feedResponse } from "@/lib/export/feed-route";

const seeds = path.resolve(__dirname, "../../content/episodes");
const SLUG = "hugging-face-watsonx";

afterEach(() => vi.unstubAllEnvs());

/** A copy of the seeds' model with a build record, as `episodes build` leaves it. */
function library(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "feed-route-"));
  cpSync(seeds, dir, { recursive: true });
  writeFileSync(path.join(dir, ".build-state.json"), '{"version":1,"episodes":{}}\n');
  vi.stubEnv("EPISODES_DIR", dir);
  vi.stubEnv("SITE_URL", "https://episodes.example.org");
  return dir;
}

/** Retitles an episode's model file in place (what a rebuild of it writes). */
function retitle(dir: string, title: string): void {
  const file = path.join(dir, `${SLUG}.json`);
  const model = JSON.parse(readFileSync(file, "utf8")) as { title: string };
  writeFileSync(file, JSON.stringify({ ...model, title }));
}

describe("feedResponse", () => {
  it("makes a feed once per build of the model, not on every request", async () => {
    const dir = library();
    const first = await feedResponse().text();
    expect(first).toContain("<title>Hugging Face");
    // An episode file changed without a build (no new record): the feed made for this build stays.
    retitle(dir, "Retitled by hand");
    expect(await feedResponse().text()).toBe(first);
    // A build rewrites its record: the next request makes the feed again.
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(dir, ".build-state.json"), later, later);
    expect(await feedResponse().text()).toContain("<title>Retitled by hand</title>");
  });

  it("answers 404 without SITE_URL: a feed's URLs must be absolute", async () => {
    library();
    vi.stubEnv("SITE_URL", "");
    const response = feedResponse();
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/SITE_URL/);
  });
});
