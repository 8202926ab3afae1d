/**
 * A space lost after punctuation (`models,to`), told apart from punctuation that belongs inside
 * a word: numbers (`1,000`, `3.5`), addresses (`huggingface.co`, `https://…`), abbreviations
 * (`e.g.`) and ellipses (`so...`).
 */

/** A web or mail address: its punctuation is not prose. */
const ADDRESS = /:\/\/|@|\/|^www\./iu;
/** A comma or semicolon between two letters. */
const AFTER_COMMA = /(?<=\p{L})[,;](?=\p{L})/gu;
/**
 * A full stop, `?` or `!` closing a lowercase word of two letters or more and followed by a
 * capitalised word: `end.The`, but not `e.g.The`, `so...Then` or `huggingface.co`.
 */
const AFTER_STOP = /(?<=\p{Ll}{2})[.?!](?=\p{Lu}\p{Ll})/gu;

/**
 * `word` with a space put back after each punctuation mark that lost it, or `word` itself when
 * there is none (or it is an address).
 */
export function addMissingSpaces(word: string): string {
  if (ADDRESS.test(word)) return word;
  return word.replace(AFTER_COMMA, "$& ").replace(AFTER_STOP, "$& ");
}
