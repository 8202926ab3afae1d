import { describe, expect, it } from "vitest";
import { slugify, UniqueSlugger } from "@/lib/merge/slugify";

describe("slugs", () => {
  it("are unique and match ^[a-z0-9-]+$", () => {
    const s = new UniqueSlugger();
    expect(s.slug("Open‑Source AI Powers Business", "x")).toBe("open-source-ai-powers-business");
    expect(s.slug("Open-Source AI Powers Business", "x")).toBe("open-source-ai-powers-business-1");
    expect(s.slug("Café & Crème", "x")).toBe("cafe--creme".replace("--", "-"));
    expect(s.slug("!!!", "section")).toBe("section");
    expect(slugify("日本語", "speaker")).toMatch(/^[a-z0-9-]+$/);
  });
});
