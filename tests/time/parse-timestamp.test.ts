import { describe, expect, it } from "vitest";
import { parseClockTime, parseUrlTime } from "../../lib/time/parse-timestamp";

describe("parseClockTime", () => {
  it.each([
    ["1:02:03.5", 3723.5],
    ["12:38", 758],
    ["00:08:36", 516],
    ["0:00", 0],
    ["9:05", 545],
    ["30:42", 1842],
    ["00:30:42", 1842],
    ["10:00:00", 36000],
    [" 12:38 ", 758],
    ["00:00:01,250", 1.25],
    ["75:00", 4500],
  ])("reads %j as %d s", (text, seconds) => {
    expect(parseClockTime(text)).toBe(seconds);
  });

  it("reads milliseconds", () => {
    expect(parseClockTime("0:00:04.440")).toBeCloseTo(4.44, 9);
    expect(parseClockTime("0:31:42.360")).toBeCloseTo(1902.36, 9);
  });

  it.each([
    "",
    "abc",
    "12",
    "1:2",
    "12:60",
    "1:60:00",
    "1:02:03:04",
    "-1:00",
    "12:38x",
    "12:38.",
    "1 :02",
    "12：38",
  ])("rejects %j", (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
});

describe("parseUrlTime", () => {
  it.each([
    ["251s", 251],
    ["251", 251],
    ["4m11s", 251],
    ["1h2m3s", 3723],
    ["0s", 0],
  ])("reads t=%s as %d s", (value, seconds) => {
    expect(parseUrlTime(value)).toBe(seconds);
  });

  it.each(["", "x", "1x", "m"])("rejects %j", (value) => {
    expect(parseUrlTime(value)).toBeUndefined();
  });
});
