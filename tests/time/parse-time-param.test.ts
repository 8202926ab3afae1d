import { describe, expect, it } from "vitest";
import { MAX_TIME_PARAM_SECONDS, parseTimeParam } from "@/lib/time/parse-time-param";

describe("parseTimeParam: accepted forms", () => {
  it.each([
    ["516", 516],
    ["0", 0],
    ["516.5", 516.5],
    ["516.25", 516.25],
    ["516s", 516],
    ["8:36", 516],
    ["0:05", 5],
    ["08:36", 516],
    ["90:00", 5400],
    ["00:08:36", 516],
    ["1:02:03", 3723],
    ["1:02:03.5", 3723.5],
    ["8m36s", 516],
    ["1h2m3s", 3723],
    ["1h", 3600],
    ["2m", 120],
    ["  516  ", 516],
  ])("%j → %d s", (value, start) => {
    expect(parseTimeParam(value)).toEqual({ start });
  });

  it("parses a range", () => {
    expect(parseTimeParam("516,530")).toEqual({ start: 516, end: 530 });
    expect(parseTimeParam("8:36,8:50")).toEqual({ start: 516, end: 530 });
    expect(parseTimeParam("516.5, 530")).toEqual({ start: 516.5, end: 530 });
  });
});

describe("parseTimeParam: rejected values give undefined", () => {
  it.each([
    ["negative", "-5"],
    ["negative range start", "-5,10"],
    ["text", "abc"],
    ["text after a number", "516abc"],
    ["exponent that overflows", "1e309"],
    ["exponent", "5e2"],
    ["huge number", "99999999999999999999"],
    ["beyond a week", String(MAX_TIME_PARAM_SECONDS + 1)],
    ["empty", ""],
    ["blank", "   "],
    ["infinity", "Infinity"],
    ["NaN", "NaN"],
    ["hex", "0x10"],
    ["seconds 60 in a clock", "8:60"],
    ["minutes 60 with hours", "1:60:00"],
    ["one-digit clock seconds", "8:5"],
    ["too many colons", "1:2:3:4"],
    ["trailing colon", "8:"],
    ["empty range end", "516,"],
    ["end before start", "530,516"],
    ["end equal to start", "516,516"],
    ["three parts", "1,2,3"],
    ["a lone unit letter", "s"],
    ["too many decimals", "516.1234"],
    ["a percent-encoded value", "516%2C530"],
  ])("%s (%j)", (_label, value) => {
    expect(parseTimeParam(value)).toBeUndefined();
  });

  it("is undefined without a value", () => {
    expect(parseTimeParam(undefined)).toBeUndefined();
    expect(parseTimeParam([])).toBeUndefined();
  });
});

describe("parseTimeParam: duration", () => {
  it("accepts times up to and including the duration", () => {
    expect(parseTimeParam("600", 600)).toEqual({ start: 600 });
    expect(parseTimeParam("599.9,600", 600)).toEqual({ start: 599.9, end: 600 });
  });

  it("rejects a start or an end past the duration", () => {
    expect(parseTimeParam("600.1", 600)).toBeUndefined();
    expect(parseTimeParam("10:01", 600)).toBeUndefined();
    expect(parseTimeParam("500,601", 600)).toBeUndefined();
  });

  it("falls back to the one-week limit for an unusable duration", () => {
    expect(parseTimeParam("5000", Number.NaN)).toEqual({ start: 5000 });
    expect(parseTimeParam("5000", -1)).toEqual({ start: 5000 });
  });
});

describe("parseTimeParam: repeated parameters", () => {
  it("takes the first valid value", () => {
    expect(parseTimeParam(["516", "530"])).toEqual({ start: 516 });
    expect(parseTimeParam(["abc", "", "8:36"])).toEqual({ start: 516 });
    expect(parseTimeParam(["9999", "30"], 600)).toEqual({ start: 30 });
  });

  it("is undefined when none is valid", () => {
    expect(parseTimeParam(["abc", "-1", "1e309"])).toBeUndefined();
  });
});
