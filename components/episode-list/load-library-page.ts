import "server-only";
import { parsePageNumber } from "@/lib/links/page-number";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getCatalogue } from "@/lib/content/load-episodes";
import { showFeedPath } from "@/lib/export/feed-route";
import { siteOrigin } from "@/lib/export/site-origin";
import { parseShowParam } from "@/lib/links/parse-show-param";
import { libraryHref, listShows, pageLibrary, type LibraryPage } from "@/lib/view/library-page";

/**
 * The library page that a route's segments name (`/shows/<slug>/page/<n>`): a 404 for a show or
 * page that does not exist or a number written another way; `/page/1` goes to its canonical path.
 */
export function loadLibraryPage(showSlug: string | undefined, rawPage: string | undefined): LibraryPage {
  const page = rawPage === undefined ? 1 : parsePageNumber(rawPage);
  if (rawPage !== undefined && page === 1) permanentRedirect(libraryHref(showSlug, 1));
  const library = page === undefined ? undefined : pageLibrary(getCatalogue().episodes, { showSlug, page });
  if (!library) notFound();
  return library;
}

/**
 * The tab title of a library page (the site's own on the first page of everything), and on a
 * show's pages that show's feed for discovery (the layout names the library's).
 */
export function libraryMetadata({ show, page }: LibraryPage): Metadata {
  const name = show?.name ?? "Episodes";
  if (!show && page === 1) return {};
  const feed =
    show && siteOrigin()
      ? {
          alternates: {
            types: { "application/rss+xml": [{ url: showFeedPath(show.slug), title: show.name }] },
          },
        }
      : {};
  return { title: page > 1 ? `${name}, page ${page}` : name, ...feed };
}

/**
 * Links made before shows had pages (`/?show=Acquired`) lead to the show's page. A value that
 * names no show is ignored: the whole library shows, as it did then.
 */
export function redirectLegacyShowLink(value: string | string[] | undefined): void {
  const name = parseShowParam(typeof value === "string" ? value : null);
  const show = name === null ? undefined : listShows(getCatalogue().episodes).find((s) => s.name === name);
  if (show) permanentRedirect(libraryHref(show.slug, 1));
}
