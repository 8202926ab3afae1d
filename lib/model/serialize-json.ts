/**
 * The one way the model, the catalogue and the JSON exports are written: objects indented by two
 * spaces (readable diffs), arrays of plain values (numbers, short strings, booleans, null) on one
 * line without spaces (a sentence's word columns stay a line each, not a line per value), a final
 * newline. Key order is the objects' own, so equal values give byte-identical files (what
 * `episodes check` compares). Like `JSON.stringify`, undefined properties are left out.
 */
export function serializeJson(value: unknown): string {
  return `${write(value, "")}\n`;
}

/** Longer strings are prose (a summary item), better read and diffed one to a line. */
const PROSE = 80;
const isPlain = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value !== "object" && !(typeof value === "string" && value.length > PROSE));

function write(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every(isPlain)) return `[${value.map((v) => JSON.stringify(v) ?? "null").join(",")}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((v) => `${inner}${write(v, inner)}`).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`);
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}
