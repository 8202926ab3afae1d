/**
 * Up to two initials of a name, for the picture's fallback: the first letters of its first and
 * last words ("Ada King Lovelace" → "AL"), of its only word ("Plato" → "P"). Letters and digits
 * only, so a title or a bracket never becomes an initial; "?" when none is left.
 */
export function getPersonInitials(name: string): string {
  const words = name
    .normalize("NFC")
    .split(/\s+/u)
    .map((w) => w.match(/[\p{L}\p{N}]/u)?.[0])
    .filter((c): c is string => c !== undefined);
  const first = words[0];
  if (first === undefined) return "?";
  const last = words.length > 1 ? words[words.length - 1] : "";
  return `${first}${last ?? ""}`.toLocaleUpperCase("en");
}
