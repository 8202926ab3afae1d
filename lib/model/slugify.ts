import GithubSlugger, { slug } from "github-slugger";

// One home for slugs, both built on github-slugger. Model ids (sections, speakers, notes) must
// match `^[a-z0-9-]+$` (the schema says so), so `slugify` folds further than github-slugger;
// note heading ids are element ids made at render time and keep github-slugger's own rule,
// which keeps letters of every script (`slugify` would turn every non-Latin heading into the
// same fallback, and the page would repeat one id).

/**
 * A slug that satisfies `^[a-z0-9-]+$`: dashes of any kind become "-", diacritics
 * are dropped, then github-slugger rules apply and anything left outside a–z, 0–9
 * and "-" is removed.
 * @param text a title or name
 * @param fallback used when nothing is left (e.g. "section")
 */
export function slugify(text: string, fallback: string): string {
  const prepared = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/\p{Pd}/gu, "-");
  const cleaned = slug(prepared)
    .replace(/[^a-z0-9-]+/g, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  return cleaned.length > 0 ? cleaned : fallback;
}

/**
 * Unique slugs (`a`, `a-1`, `a-2`…) that also satisfy `^[a-z0-9-]+$`: github-slugger's
 * counter over {@link slugify}'s slugs (which its own rule leaves unchanged).
 */
export class UniqueSlugger {
  private readonly slugger = new GithubSlugger();

  /**
   * Slug for `text`, unique among the slugs this instance has returned.
   * @param text a title
   * @param fallback slug base when the title has no usable characters
   */
  slug(text: string, fallback: string): string {
    return this.slugger.slug(slugify(text, fallback));
  }
}

/** A URL fragment for a note heading path (`hugging-faces-role-scale-and-impact`). */
export function slugifyHeading(key: string): string {
  return new GithubSlugger().slug(key.replace(/ \/ /g, " ")) || "notes";
}
