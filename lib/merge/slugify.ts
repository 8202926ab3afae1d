import { slug } from "github-slugger";

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
 * github-slugger-style unique slugs (`a`, `a-1`, `a-2`…) that also satisfy `^[a-z0-9-]+$`.
 */
export class UniqueSlugger {
  private readonly seen = new Map<string, number>();

  /**
   * Slug for `text`, unique among the slugs this instance has returned.
   * @param text a title
   * @param fallback slug base when the title has no usable characters
   */
  slug(text: string, fallback: string): string {
    const base = slugify(text, fallback);
    let candidate = base;
    let n = this.seen.get(base) ?? 0;
    while (this.seen.has(candidate)) candidate = `${base}-${++n}`;
    this.seen.set(base, n);
    this.seen.set(candidate, this.seen.get(candidate) ?? 0);
    return candidate;
  }
}
