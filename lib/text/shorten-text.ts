/**
 * `text` cut to at most `max` characters at a word boundary (when one is past half way), with an
 * ellipsis: for titles and previews that unfurlers or layouts cut anyway, less tidily.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // A cut that falls just before a space keeps its last word whole.
  const space = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
