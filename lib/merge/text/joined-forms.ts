/**
 * Evidence for rejoining a word a line wrap split at its hyphen (`game- changing`): how often
 * the sources write each joined form, hyphenated (`game-changing`) or closed (`gamechanging`).
 */

/** Hyphens other than U+002D that some sources use inside compounds (`open‑source`). */
const OTHER_HYPHENS = /[\u2010\u2011]/gu;
/** Characters that separate words besides spaces: dashes and slashes (`that's—open-source`). */
const WORD_SEPARATORS = /[\s\u2012-\u2015/]+/u;
/** Punctuation around a word, not part of it. */
const AROUND = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
/** The left part of a split word: letters (maybe hyphenated) then the hyphen a wrap left behind. */
const LEFT = /([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*)-$/u;
/** The right part of a split word: the letters it starts with. */
const RIGHT = /^[\p{L}\p{M}]+/u;

/** The spelling a form is counted under: lower case, one hyphen character, no punctuation around. */
function formKey(word: string): string {
  return word.normalize("NFC").replace(OTHER_HYPHENS, "-").toLowerCase().replace(AROUND, "");
}

/** How often each word form occurs in `texts` (keys as {@link formKey} spells them). */
export function countForms(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.split(WORD_SEPARATORS)) {
      const key = formKey(word);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The joined spelling of two words a wrap split at a hyphen (`game-` + `changing,`), as the
 * sources write it elsewhere: hyphenated (`game-changing,`) when that form occurs at least as
 * often as the closed one (`gamechanging,`), closed when it occurs more often; undefined when
 * neither occurs, so a real dash ("well- I mean", "pre- and post-war") is left alone.
 *
 * @param left The word before the space, ending in `-`.
 * @param right The word after the space.
 * @param forms Word forms of the sources ({@link countForms}).
 */
export function joinedForm(
  left: string,
  right: string,
  forms: ReadonlyMap<string, number>,
): string | undefined {
  const stem = LEFT.exec(left)?.[1];
  const start = RIGHT.exec(right)?.[0];
  if (stem === undefined || start === undefined) return undefined;
  const hyphenated = forms.get(formKey(`${stem}-${start}`)) ?? 0;
  const closed = forms.get(formKey(`${stem}${start}`)) ?? 0;
  if (hyphenated === 0 && closed === 0) return undefined;
  return hyphenated >= closed ? left + right : left.slice(0, -1) + right;
}
