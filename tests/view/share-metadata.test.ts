import { describe, expect, it } from "vitest";
import { shareMetadata } from "@/lib/view/share-metadata";
import type { SharePreview } from "@/lib/view/share-preview";

const preview: SharePreview = {
  pageTitle: "The Analytical Engine",
  title: "“Engines weave patterns.” — Ada Lovelace",
  description: "Ada Lovelace at 0:10 in The Analytical Engine",
  path: "/episodes/analytical-engine?t=11,14",
  canonicalPath: "/episodes/analytical-engine",
  image: { path: "/episodes/analytical-engine/quote-card?t=11,14", alt: "“Engines weave patterns.”" },
};

describe("shareMetadata", () => {
  it("with the site's origin, points the card's image and address at it", () => {
    const image = {
      url: "https://explorer.example/episodes/analytical-engine/quote-card?t=11,14",
      width: 1200,
      height: 630,
      alt: "“Engines weave patterns.”",
      type: "image/png",
    };
    expect(shareMetadata(preview, "https://explorer.example")).toEqual({
      title: "The Analytical Engine",
      description: "Ada Lovelace at 0:10 in The Analytical Engine",
      alternates: { canonical: "https://explorer.example/episodes/analytical-engine" },
      openGraph: {
        title: "“Engines weave patterns.” — Ada Lovelace",
        description: "Ada Lovelace at 0:10 in The Analytical Engine",
        type: "article",
        url: "https://explorer.example/episodes/analytical-engine?t=11,14",
        images: [image],
      },
      twitter: {
        title: "“Engines weave patterns.” — Ada Lovelace",
        description: "Ada Lovelace at 0:10 in The Analytical Engine",
        card: "summary_large_image",
        images: [image],
      },
    });
  });

  it("without an origin, leaves out every field that needs an absolute URL (a text card)", () => {
    const metadata = shareMetadata(preview, undefined);
    expect(metadata.openGraph).toEqual({
      title: "“Engines weave patterns.” — Ada Lovelace",
      description: "Ada Lovelace at 0:10 in The Analytical Engine",
      type: "article",
    });
    expect(metadata.twitter).toMatchObject({ card: "summary" });
    expect(metadata.alternates).toBeUndefined();
    expect("metadataBase" in metadata).toBe(false);
    expect(JSON.stringify(metadata)).not.toMatch(/https?:|images|quote-card/);
  });
});
