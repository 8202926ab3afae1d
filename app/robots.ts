import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/export/site-origin";

/** `/robots.txt`: everything may be crawled; points to the sitemap when the site's origin is known. */
export default function robots(): MetadataRoute.Robots {
  const origin = siteOrigin();
  return {
    rules: { userAgent: "*", allow: "/" },
    ...(origin ? { sitemap: new URL("/sitemap.xml", origin).toString() } : {}),
  };
}
