import { afterEach, describe, expect, it, vi } from "vitest";
import { isLoopbackOrigin, parseSiteOrigin, requirePublicOrigin, siteOrigin } from "@/lib/export/site-origin";
import robots from "@/app/robots";
import sitemap from "@/app/sitemap";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("parseSiteOrigin", () => {
  it.each([
    ["https://explorer.example", "https://explorer.example"],
    ["https://explorer.example/", "https://explorer.example"],
    ["  https://Explorer.Example  ", "https://explorer.example"],
    ["http://podcasts.example.org:8080", "http://podcasts.example.org:8080"],
    ["https://[2001:db8::1]", "https://[2001:db8::1]"],
  ])("accepts %j as %s", (value, origin) => {
    expect(parseSiteOrigin(value)).toBe(origin);
  });

  it.each([undefined, "", "   "])("treats %j as no origin", (value) => {
    expect(parseSiteOrigin(value)).toBeUndefined();
  });

  it.each([
    ["explorer.example", "is not an absolute URL"],
    ["/episodes", "is not an absolute URL"],
    ["ftp://explorer.example", "uses ftp:"],
    ["javascript:alert(1)", "uses javascript:"],
    ["https://explorer.example/podcasts", "has a path, query or fragment"],
    ["https://explorer.example?ref=1", "has a path, query or fragment"],
    ["https://explorer.example/#top", "has a path, query or fragment"],
    ["https://explorer.example?", "has a path, query or fragment"],
    ["https://ada:secret@explorer.example", "carries credentials"],
  ])("rejects %j: %s, and says what to set", (value, reason) => {
    expect(() => parseSiteOrigin(value)).toThrow(`SITE_URL="${value}" ${reason}`);
    expect(() => parseSiteOrigin(value)).toThrow("e.g. SITE_URL=https://episodes.example.org");
  });
});

describe("siteOrigin", () => {
  it("reads SITE_URL, and gives nothing (not localhost) when it is unset", () => {
    vi.stubEnv("SITE_URL", "https://explorer.example/");
    expect(siteOrigin()).toBe("https://explorer.example");
    vi.stubEnv("SITE_URL", undefined);
    expect(siteOrigin()).toBeUndefined();
  });

  it("throws for an invalid SITE_URL instead of using it", () => {
    vi.stubEnv("SITE_URL", "explorer.example");
    expect(() => siteOrigin()).toThrow('SITE_URL="explorer.example" is not an absolute URL');
  });
});

describe("requirePublicOrigin (the static export's check)", () => {
  it("refuses a missing SITE_URL and says how to set it", () => {
    expect(() => requirePublicOrigin(undefined)).toThrow(
      /^SITE_URL is not set: .*share previews.* e\.g\. SITE_URL=https:\/\/episodes\.example\.org npm run export$/,
    );
  });

  it.each(["http://localhost:3000", "http://127.0.0.1:8080", "http://[::1]", "http://app.localhost"])(
    "refuses %s: nobody else can reach it",
    (value) => {
      expect(isLoopbackOrigin(value)).toBe(true);
      expect(() => requirePublicOrigin(value)).toThrow(/is this machine: .*SITE_URL=https:\/\//);
    },
  );

  it("passes a public origin through, and an invalid one fails with its reason", () => {
    expect(requirePublicOrigin("https://explorer.example/")).toBe("https://explorer.example");
    expect(isLoopbackOrigin("https://localhost.example")).toBe(false);
    expect(() => requirePublicOrigin("explorer.example")).toThrow("is not an absolute URL");
  });
});

describe("robots.txt and sitemap.xml", () => {
  it("name no host when no origin is configured", () => {
    vi.stubEnv("SITE_URL", undefined);
    expect(robots()).toEqual({ rules: { userAgent: "*", allow: "/" } });
    expect(sitemap()).toEqual([]);
  });

  it("use the configured origin for every absolute URL", () => {
    vi.stubEnv("SITE_URL", "https://explorer.example");
    expect(robots().sitemap).toBe("https://explorer.example/sitemap.xml");
    const urls = sitemap().map((entry) => entry.url);
    expect(urls).toContain("https://explorer.example/");
    expect(urls).toContain("https://explorer.example/episodes/hugging-face-watsonx");
    for (const url of urls) expect(new URL(url).origin).toBe("https://explorer.example");
  });
});
