/**
 * Reads a time attribute (`data-start="516.24"`) as seconds; NaN when it is missing, blank or
 * not a finite number (so `data-start=""` is never read as 0).
 */
export function readTimeAttribute(element: Element, name: string): number {
  const raw = element.getAttribute(name);
  if (raw === null || raw.trim() === "") return Number.NaN;
  const value = Number(raw);
  return Number.isFinite(value) ? value : Number.NaN;
}
