import { describe, expect, it } from "vitest";
import { getPersonInitials } from "@/lib/view/person-initials";

describe("getPersonInitials", () => {
  it.each([
    ["Ada King Lovelace", "AL"],
    ["Plato", "P"],
    ["  grace   hopper ", "GH"],
    ["Dr. (Ada) Lovelace", "DL"],
    ["Élodie Ørsted", "ÉØ"],
    ["李 小龍", "李小"],
    ["— ?", "?"],
    ["", "?"],
  ])("%j → %j", (name, initials) => {
    expect(getPersonInitials(name)).toBe(initials);
  });
});
