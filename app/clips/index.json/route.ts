import { loadClipCodes } from "@/components/clips/load-clip";

// `/clips/index.json`: episode codes → slugs. The static copy cannot render a clip it never saved;
// its 404 page reads this to send such a clip link to the episode's range link instead
// (components/clips/clip-fallback-island.tsx). A code two episodes share is left out.
// Per request, as the sitemap and feed are: a static route has no parameters, so Next rendered it
// once at build time, and `npm start` and `npm run export` (which rebuild only when code changes)
// served that build's episodes, without those added since.
export const dynamic = "force-dynamic";

export function GET() {
  const pairs = [...loadClipCodes()].flatMap(([code, slug]) => (slug ? [[code, slug] as const] : []));
  const codes = Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1)));
  return Response.json(codes);
}
