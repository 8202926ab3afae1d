/**
 * How two spellings of one name compare: case, accents' composition and spacing do not count.
 * In the model layer because the merge (one person per manifest name) and the site (one page
 * per person across episodes) must agree on it.
 */
export function personKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("en");
}
