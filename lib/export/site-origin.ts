import * as z from "zod";

/** How to set the origin, for every message that asks for it. */
export const SITE_URL_EXAMPLE = "SITE_URL=https://episodes.example.org";

const originSchema = z.string().transform((value, ctx) => {
  const fail = (why: string) => {
    ctx.issues.push({
      code: "custom",
      input: value,
      message: `SITE_URL="${value}" ${why}: it must be the absolute http(s) origin the site is served at, e.g. ${SITE_URL_EXAMPLE}`,
    });
    return z.NEVER;
  };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail("is not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return fail(`uses ${url.protocol}`);
  if (url.username || url.password) return fail("carries credentials");
  // The site is served from the root (no `basePath`): a path would make every link wrong.
  if (url.pathname !== "/" || url.search || url.hash || /[?#]$/.test(value))
    return fail("has a path, query or fragment");
  return url.origin;
});

/**
 * Reads a configured origin: `https://example.org` (a trailing slash is dropped). Unset or
 * blank gives `undefined`: no origin is known.
 *
 * @throws Error with the reason and an example when the value is not an absolute http(s)
 *   origin (a relative address, another scheme, a path, a query, credentials).
 */
export function parseSiteOrigin(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const result = originSchema.safeParse(text);
  if (!result.success) throw new Error(result.error.issues[0]?.message ?? `SITE_URL="${text}" is invalid`);
  return result.data;
}

/**
 * The site's public origin for absolute links (share images, sitemap, robots, chapter links),
 * from `SITE_URL`; `undefined` when it is not set, and then callers leave out what needs one
 * rather than guess (a guess such as `http://localhost:3000` points at a machine that is not
 * serving the site to whoever reads the link). Read as `process.env.SITE_URL` literally so that
 * `next.config.ts` can fix the build's value into the server bundle.
 *
 * @throws Error when `SITE_URL` is set but invalid (see {@link parseSiteOrigin}).
 */
export function siteOrigin(): string | undefined {
  return parseSiteOrigin(process.env.SITE_URL);
}

/** True for an origin only this machine can reach: `localhost`, `*.localhost`, 127.x, `[::1]`, 0.0.0.0. */
export function isLoopbackOrigin(origin: string): boolean {
  const host = new URL(origin).hostname;
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === "[::1]" ||
    host === "0.0.0.0"
  );
}

/**
 * The origin a static copy is written for: a copy has no server to ask, so its share previews,
 * sitemap and chapter links are only right with the public address it will be served at.
 *
 * @throws Error saying how to set `SITE_URL` when it is unset, invalid or a loopback address.
 */
export function requirePublicOrigin(value: string | undefined): string {
  const origin = parseSiteOrigin(value);
  if (origin === undefined) {
    throw new Error(
      `SITE_URL is not set: a static copy needs the address it will be served at, or its share previews, sitemap and chapter links point nowhere. Set it, e.g. ${SITE_URL_EXAMPLE} npm run export`,
    );
  }
  if (isLoopbackOrigin(origin)) {
    throw new Error(
      `SITE_URL=${origin} is this machine: the copy's share previews would point nowhere for anyone else. Set the public address, e.g. ${SITE_URL_EXAMPLE} npm run export`,
    );
  }
  return origin;
}
