import { describe, expect, it } from "vitest";
import { serializeJson } from "@/lib/model/serialize-json";

describe("serializeJson", () => {
  it("indents by two spaces and ends with one newline", () => {
    expect(serializeJson({ a: 1, b: [true, null] })).toBe(
      '{\n  "a": 1,\n  "b": [\n    true,\n    null\n  ]\n}\n',
    );
    expect(serializeJson([])).toBe("[]\n");
  });

  it("gives byte-identical text for equal values built apart", () => {
    const build = () => ({ slug: "ep", times: [0.1 + 0.2, 516.24], nested: { text: "«quote»" } });
    expect(serializeJson(build())).toBe(serializeJson(build()));
  });

  it("leaves out undefined properties rather than writing them", () => {
    expect(serializeJson({ a: undefined, b: 2 })).toBe('{\n  "b": 2\n}\n');
  });
});
