import { SHARE_CARD_SIZE, type SharePreview } from "./share-preview";

/** The Open Graph / Twitter image of a share card. */
interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  type: "image/png";
}

/**
 * The page metadata this module fills in: a subset of Next's `Metadata`, written out so that
 * `lib/` stays free of Next (the routes return it as their `Metadata`, which type-checks it).
 */
export interface ShareMetadata {
  title: string;
  description: string;
  alternates?: { canonical: string };
  openGraph: { title: string; description: string; type: "article"; url?: string; images?: ShareImage[] };
  twitter: {
    title: string;
    description: string;
    card: "summary" | "summary_large_image";
    images?: ShareImage[];
  };
}

/**
 * A page's metadata for unfurling (Open Graph and Twitter cards) from its preview. With the
 * site's origin the card carries its image and the page's absolute address; without one they
 * are left out (a plain text card) rather than pointed at a host that is not serving the site —
 * unfurlers need absolute URLs, and Next would otherwise fill in `http://localhost:3000`.
 *
 * @param origin The site's validated origin (`siteOrigin()`), or undefined when none is configured.
 */
export function shareMetadata(preview: SharePreview, origin: string | undefined): ShareMetadata {
  const { title, description } = preview;
  const text = { title, description };
  if (origin === undefined) {
    return {
      title: preview.pageTitle,
      description,
      openGraph: { ...text, type: "article" },
      twitter: { ...text, card: "summary" },
    };
  }
  const image = {
    url: new URL(preview.image.path, origin).toString(),
    ...SHARE_CARD_SIZE,
    alt: preview.image.alt,
    type: "image/png" as const,
  };
  return {
    title: preview.pageTitle,
    description,
    alternates: { canonical: new URL(preview.canonicalPath, origin).toString() },
    openGraph: { ...text, type: "article", url: new URL(preview.path, origin).toString(), images: [image] },
    twitter: { ...text, card: "summary_large_image", images: [image] },
  };
}
