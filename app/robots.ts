import type { MetadataRoute } from "next";
import { siteOrigin } from "@/lib/export/site-origin";

/** `/robots.txt`: everything may be crawled; points to the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: new URL("/sitemap.xml", siteOrigin()).toString(),
  };
}
