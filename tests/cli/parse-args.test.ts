import { describe, expect, it } from "vitest";
import { parseArgs } from "@/lib/cli/parse-args";

const parse = (argv: string[]) => parseArgs(argv, ["sources", "out"], ["quiet"]);

describe("parseArgs", () => {
  it("splits positionals, repeatable valued options (spaced or inline) and flags, in any order", () => {
    const args = parse(["slug", "--sources", "a", "file.vtt", "--sources=b", "--out=x=y", "--quiet", "f2"]);
    expect(args).toEqual({
      positionals: ["slug", "file.vtt", "f2"],
      options: new Map([
        ["sources", ["a", "b"]],
        ["out", ["x=y"]],
      ]),
      flags: new Set(["quiet"]),
    });
  });

  it("takes the next argument as a value even when it starts with dashes", () => {
    const args = parse(["--out", "--quiet"]);
    expect("error" in args ? args : args.options.get("out")).toEqual(["--quiet"]);
  });

  it("takes an empty inline value", () => {
    const args = parse(["--out="]);
    expect("error" in args ? args : args.options.get("out")).toEqual([""]);
  });

  it.each([
    [["--out"], "--out needs a value"],
    [["x", "--sources"], "--sources needs a value"],
    [["--bogus"], "unknown option --bogus"],
    [["--bogus=1"], "unknown option --bogus"],
    [["--Quiet"], "unknown option --Quiet"],
  ])("%j is an error: %s", (argv, error) => {
    expect(parse(argv)).toEqual({ error });
  });

  it("ends the options at `--`: what follows is positional, as in every POSIX tool", () => {
    const args = parse(["--quiet", "--", "--out", "-x"]);
    expect("error" in args ? args : [args.positionals, [...args.flags]]).toEqual([
      ["--out", "-x"],
      ["quiet"],
    ]);
  });

  it("reports a short option as unknown (the CLI has none) rather than reading it as a file", () => {
    expect(parse(["-q"])).toEqual({ error: "unknown option -q" });
  });

  it("reads nothing as no positionals, options or flags", () => {
    expect(parse([])).toEqual({ positionals: [], options: new Map(), flags: new Set() });
  });
});
