import type { MetadataRoute } from "next";
import { getCatalogue } from "@/lib/content/load-episodes";
import { siteOrigin } from "@/lib/export/site-origin";

/** `/sitemap.xml`: the library and every episode page (all prerendered). */
export default function sitemap(): MetadataRoute.Sitemap {
  const origin = siteOrigin();
  return [
    { url: new URL("/", origin).toString(), changeFrequency: "weekly", priority: 1 },
    ...getCatalogue().episodes.map((episode) => ({
      url: new URL(`/episodes/${episode.slug}`, origin).toString(),
      changeFrequency: "monthly" as const,
      priority: 0.8,
    })),
  ];
}
