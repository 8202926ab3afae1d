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

// Built by appending to one string rather than mapping and joining arrays of parts: the model of
// a long episode is tens of thousands of lines, and the parts were most of the time taken.
function write(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    // The same text as joining each value's JSON (undefined as null), made in one native call:
    // a sentence's word columns are most of a model's bytes.
    if (value.every(isPlain)) return JSON.stringify(value);
    const inner = `${indent}  `;
    let out = "[\n";
    value.forEach((v, i) => {
      out += `${i > 0 ? ",\n" : ""}${inner}${write(v, inner)}`;
    });
    return `${out}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const inner = `${indent}  `;
    let out = "";
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined)
        out += `${out === "" ? "{\n" : ",\n"}${inner}${JSON.stringify(k)}: ${write(v, inner)}`;
    }
    return out === "" ? "{}" : `${out}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "null";
}
