/**
 * The site's public origin for absolute links (sitemap, robots, chapter links): `SITE_URL`, as
 * `app/layout.tsx` uses it for `metadataBase`, else the local server.
 */
export function siteOrigin(): string {
  return process.env.SITE_URL ?? "http://localhost:3000";
}
