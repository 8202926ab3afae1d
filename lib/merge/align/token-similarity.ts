/**
 * Cheap string similarity used to accept misspelt substitutions during
 * alignment ("hiking" ≈ "hugging", "boutier" ≈ "boudier").
 */

/** Words longer than this are compared by prefix only (keeps the cost bounded). */
const MAX_LEN = 24;

const row = new Int32Array(MAX_LEN + 1);

/**
 * Levenshtein similarity `1 - distance / maxLength`, in 0..1 (1 = identical).
 * Pure; O(|a|·|b|) on at most 24 characters each.
 * @param a normalised token
 * @param b normalised token
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = a.length > MAX_LEN ? a.slice(0, MAX_LEN) : a;
  const y = b.length > MAX_LEN ? b.slice(0, MAX_LEN) : b;
  const n = x.length;
  const m = y.length;
  if (n === 0 || m === 0) return 0;
  for (let j = 0; j <= m; j++) row[j] = j;
  for (let i = 1; i <= n; i++) {
    let diag = row[0] ?? 0;
    row[0] = i;
    const cx = x.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const up = row[j] ?? 0;
      const left = row[j - 1] ?? 0;
      const cost = cx === y.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(up + 1, left + 1, diag + cost);
      diag = up;
    }
  }
  return 1 - (row[m] ?? 0) / Math.max(n, m);
}

/** Similarity at or above which a substitution counts as the same word (0..1). */
export const SIMILAR_ENOUGH = 0.55;
