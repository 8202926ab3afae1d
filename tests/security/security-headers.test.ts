import { describe, expect, it } from "vitest";
import { YOUTUBE_IFRAME_API_URL } from "@/lib/player/load-youtube-api";
import { YOUTUBE_EMBED_HOST } from "@/lib/player/youtube-adapter";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/security-headers";

/** The policy as directive → sources, the way a browser splits it. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

const production = directives(contentSecurityPolicy(false));
const development = directives(contentSecurityPolicy(true));

describe("contentSecurityPolicy", () => {
  it("never allows eval in production (zod runs jitless for this), only in development", () => {
    for (const sources of production.values()) expect(sources).not.toContain("'unsafe-eval'");
    expect(development.get("script-src")).toContain("'unsafe-eval'");
  });

  it("opens no websocket in production (the dev server's reload uses one)", () => {
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(development.get("connect-src")).toContain("ws:");
  });

  it("lets the player load the IFrame API script and frame the embed host, and nothing else frames", () => {
    expect(production.get("script-src")).toContain(new URL(YOUTUBE_IFRAME_API_URL).origin);
    expect(production.get("frame-src")).toContain(YOUTUBE_EMBED_HOST);
    expect(production.get("frame-src")?.every((src) => src.startsWith("https://www.youtube"))).toBe(true);
    expect(production.get("default-src")).toEqual(["'self'"]);
  });

  it("forbids plugins, being framed, foreign base URLs and foreign form targets", () => {
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'self'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
  });

  it("loads YouTube posters and feed pictures over https only, never plain http", () => {
    const img = production.get("img-src") ?? [];
    expect(img).toContain("https:");
    expect(img).not.toContain("http:");
    expect(img).not.toContain("*");
  });
});

describe("securityHeaders", () => {
  it("sends the policy with nosniff, no framing and a strict referrer", () => {
    const headers = new Map(securityHeaders(false).map(({ key, value }) => [key, value]));
    expect(headers.get("Content-Security-Policy")).toBe(contentSecurityPolicy(false));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
  });

  it("grants camera, microphone and location to no one and autoplay only to the page and the embed", () => {
    const policy = securityHeaders(false).find(({ key }) => key === "Permissions-Policy")?.value ?? "";
    for (const feature of ["camera", "microphone", "geolocation"]) expect(policy).toContain(`${feature}=()`);
    expect(policy).toContain(`autoplay=(self "${YOUTUBE_EMBED_HOST}")`);
  });
});
