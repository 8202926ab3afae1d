import { describe, expect, it } from "vitest";
import { parseTimeFromLocation } from "@/lib/links/parse-time-from-location";

describe("parseTimeFromLocation", () => {
  it("reads ?t= first", () => {
    expect(parseTimeFromLocation({ search: "?t=516", hash: "#t=10" })).toEqual({ start: 516 });
    expect(parseTimeFromLocation({ search: "?x=1&t=516,530", hash: "" })).toEqual({ start: 516, end: 530 });
    expect(parseTimeFromLocation({ search: "?t=516%2C530", hash: "" })).toEqual({ start: 516, end: 530 });
    expect(parseTimeFromLocation({ search: "?t=bad&t=8:36", hash: "" })).toEqual({ start: 516 });
  });

  it("falls back to #t=", () => {
    expect(parseTimeFromLocation({ search: "", hash: "#t=516" })).toEqual({ start: 516 });
    expect(parseTimeFromLocation({ search: "?t=oops", hash: "#t=516,530" })).toEqual({
      start: 516,
      end: 530,
    });
  });

  it("leaves section hashes and junk alone", () => {
    expect(parseTimeFromLocation({ search: "", hash: "#debunking-the-one-model-myth" })).toBeUndefined();
    expect(parseTimeFromLocation({ search: "", hash: "#at=5" })).toBeUndefined();
    expect(parseTimeFromLocation({ search: "", hash: "" })).toBeUndefined();
    expect(parseTimeFromLocation({ search: "?t=700", hash: "" }, 600)).toBeUndefined();
  });
});
