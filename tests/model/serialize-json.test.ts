import { describe, expect, it } from "vitest";
import { serializeJson } from "@/lib/model/serialize-json";

describe("serializeJson", () => {
  it("indents objects by two spaces and ends with one newline", () => {
    expect(serializeJson({ a: 1, b: { c: "d" } })).toBe('{\n  "a": 1,\n  "b": {\n    "c": "d"\n  }\n}\n');
    expect(serializeJson([])).toBe("[]\n");
    expect(serializeJson({})).toBe("{}\n");
  });

  it("writes an array of plain values on one line, an array of objects one element a line", () => {
    expect(serializeJson({ b: [true, null, 1.5, "x"] })).toBe('{\n  "b": [true,null,1.5,"x"]\n}\n');
    expect(serializeJson([{ a: 1 }, { a: 2 }])).toBe('[\n  {\n    "a": 1\n  },\n  {\n    "a": 2\n  }\n]\n');
  });

  it("gives prose (a string over 80 characters) a line of its own", () => {
    const prose = "word ".repeat(20).trim();
    expect(serializeJson({ summary: [prose, "short"] })).toBe(
      `{\n  "summary": [\n    "${prose}",\n    "short"\n  ]\n}\n`,
    );
  });

  it("gives byte-identical text for equal values built apart", () => {
    const build = () => ({ slug: "ep", times: [0.1 + 0.2, 516.24], nested: { text: "«quote»" } });
    expect(serializeJson(build())).toBe(serializeJson(build()));
  });

  it("leaves out undefined properties and writes an undefined array element as null, as JSON.stringify does", () => {
    expect(serializeJson({ a: undefined, b: 2 })).toBe('{\n  "b": 2\n}\n');
    expect(serializeJson([1, undefined])).toBe("[1,null]\n");
  });

  it("is JSON that parses back to the value", () => {
    const value = { a: [1, "two", null], b: [{ c: ["d"] }], e: 'quote " and \\ backslash' };
    expect(JSON.parse(serializeJson(value))).toEqual(value);
  });
});
