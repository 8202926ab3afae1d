// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { readTimeAttribute } from "@/lib/sync/read-time-attribute";

describe("readTimeAttribute", () => {
  const el = document.createElement("span");
  it.each([
    ["516.24", 516.24],
    ["0", 0],
    ["-3.5", -3.5],
    [" 12 ", 12],
  ])("reads %j", (value, expected) => {
    el.setAttribute("data-start", value);
    expect(readTimeAttribute(el, "data-start")).toBe(expected);
  });

  it.each(["", "  ", "abc", "Infinity", "1e999", "12px"])("gives NaN for %j", (value) => {
    el.setAttribute("data-start", value);
    expect(readTimeAttribute(el, "data-start")).toBeNaN();
  });

  it("gives NaN for a missing attribute", () => {
    expect(readTimeAttribute(el, "data-end")).toBeNaN();
  });
});
