import { describe, expect, it } from "vitest";
import { casePieces } from "@/lib/text/case-pieces";

describe("casePieces", () => {
  it("GOOD: the words inside a word written with capitals inside, normalised and sorted", () => {
    expect(casePieces("I asked ChatGPT")).toEqual(["chat", "gpt"]);
    expect(casePieces("PyTorch on an iPhone")).toEqual(["i", "phone", "py", "torch"]);
    expect(casePieces("the GPTServer runs")).toEqual(["gpt", "server"]);
    // Folded as the search folds words: accents, apostrophes.
    expect(casePieces("ÉcoleNormale and HuggingFace’s hub")).toEqual([
      "ecole",
      "faces",
      "hugging",
      "normale",
    ]);
  });

  it("BAD: no pieces of words written in one case, of initialisms, nor of a plural of capitals", () => {
    expect(casePieces("plain text, Title Case, NASA and A.I.")).toEqual([]);
    // `GPTs` is the plural of `GPT`, not `GP` + `Ts`.
    expect(casePieces("custom GPTs")).toEqual([]);
    expect(casePieces("")).toEqual([]);
  });
});
