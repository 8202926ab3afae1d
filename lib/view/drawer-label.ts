/**
 * What the episode's side drawer holds, for its button on a phone: "Sections and key points",
 * "Chapters, key points and highlights"; undefined when it would be empty (no drawer then).
 * @param navLabel the navigation's label ("Sections", "Chapters"), when it has items
 */
export function getDrawerLabel(
  navLabel: string | undefined,
  keyPoints: number,
  highlights = 0,
): string | undefined {
  const parts = [navLabel, keyPoints > 0 ? "key points" : "", highlights > 0 ? "highlights" : ""].filter(
    (p): p is string => p !== undefined && p !== "",
  );
  const last = parts.pop();
  if (last === undefined) return undefined;
  const text = parts.length === 0 ? last : `${parts.join(", ")} and ${last}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
