import type { MetadataRoute } from "next";
import { getCatalogue } from "@/lib/content/load-episodes";
import { siteOrigin } from "@/lib/export/site-origin";
import { loadPeople } from "@/components/people/load-people";

// Rendered on request from the catalogue, so a content build shows here without a site build.
export const dynamic = "force-dynamic";

/**
 * `/sitemap.xml`: the library, every episode page and the people pages. A sitemap takes only
 * absolute URLs, so without a configured origin it is empty (robots.txt then names none).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteOrigin();
  if (!origin) return [];
  const { people } = loadPeople();
  return [
    { url: new URL("/", origin).toString(), changeFrequency: "weekly", priority: 1 },
    ...getCatalogue().episodes.map((episode) => ({
      url: new URL(`/episodes/${episode.slug}`, origin).toString(),
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
    ...(people.length > 0
      ? [{ url: new URL("/people", origin).toString(), changeFrequency: "weekly" as const }]
      : []),
    ...people.map((person) => ({
      url: new URL(`/people/${person.slug}`, origin).toString(),
      changeFrequency: "monthly" as const,
      priority: 0.5,
    })),
  ];
}
