/**
 * Stable, collision-free ids: the first use of a base keeps it, later uses get
 * `-2`, `-3`, … in call order (deterministic for a deterministic caller).
 */
export class IdAllocator {
  private readonly used = new Set<string>();

  /**
   * Reserve an id derived from `base`.
   * @param base the preferred id, e.g. `s-516240`
   * @returns `base`, or `base-N` with the smallest free N ≥ 2
   */
  take(base: string): string {
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    for (let n = 2; ; n++) {
      const candidate = `${base}-${n}`;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
  }
}

/**
 * Id from a time: `<prefix>-<milliseconds>` (e.g. `s-516240` for 516.24 s),
 * or `<prefix>-<index>` when untimed. Negative times keep their sign (`s--3200`).
 * @param prefix e.g. "s", "p", "t"
 * @param start seconds on the episode clock, if timed
 * @param index position among its kind, used when untimed
 */
export function timeId(prefix: string, start: number | undefined, index: number): string {
  return start === undefined ? `${prefix}-${index}` : `${prefix}-${Math.round(start * 1000)}`;
}
