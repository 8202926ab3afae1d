import { describe, expect, it } from "vitest";
import { slugify, slugifyHeading, UniqueSlugger } from "@/lib/model/slugify";

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

describe("UniqueSlugger", () => {
  it("numbers repeats of a slug from 1, and skips numbers already taken", () => {
    const s = new UniqueSlugger();
    expect(["Intro", "Intro", "Intro-1", "Intro", "intro"].map((t) => s.slug(t, "x"))).toEqual([
      "intro",
      "intro-1",
      "intro-1-1",
      "intro-2",
      "intro-3",
    ]);
  });

  it("counts fallbacks like any other slug", () => {
    const s = new UniqueSlugger();
    expect(["!!!", "???", "Section"].map((t) => s.slug(t, "section"))).toEqual([
      "section",
      "section-1",
      "section-2",
    ]);
  });
});

describe("slugifyHeading", () => {
  it("slugs a heading path as one phrase", () => {
    expect(slugifyHeading("Hugging Face's Role / Scale and Impact")).toBe(
      "hugging-faces-role-scale-and-impact",
    );
  });

  it("keeps letters of every script, so non-Latin headings get distinct ids", () => {
    expect(slugifyHeading("日本語")).toBe("日本語");
    expect(slugifyHeading("Café")).toBe("café");
    expect(slugifyHeading("日本語")).not.toBe(slugifyHeading("中文"));
  });

  it("falls back to notes when nothing is left", () => {
    expect(slugifyHeading("!!!")).toBe("notes");
  });
});
