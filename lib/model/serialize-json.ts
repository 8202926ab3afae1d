/**
 * The one way the model, the catalogue and the JSON exports are written: two-space indent and a
 * final newline, so equal values give byte-identical files (what `episodes check` compares).
 */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
