import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILDER_CODE, builderVersion, computeBuilderVersion } from "@/lib/content/builder-version";

/** A project with the builder's folders, one parser importing zod, and code outside the builder. */
function project(): { root: string; write: (file: string, text: string) => void } {
  const root = mkdtempSync(path.join(tmpdir(), "builder-version-"));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  for (const folder of BUILDER_CODE.folders) mkdirSync(path.join(root, "lib", folder), { recursive: true });
  for (const file of BUILDER_CODE.files) write(`lib/${file}`, "export {};\n");
  write("lib/parse/deep/parse-x.ts", 'import { z } from "zod/mini";\nexport const x = z.string();\n');
  write("lib/view/page.ts", "export const view = 1;\n");
  write("package.json", JSON.stringify({ dependencies: { zod: "4.0.0", react: "19.0.0" } }));
  return { root, write };
}

describe("builder version", () => {
  it("changes with the builder's code and the exact version of a library it imports", () => {
    const { root, write } = project();
    const first = computeBuilderVersion(root);
    expect(computeBuilderVersion(root)).toBe(first);
    write("lib/parse/deep/parse-x.ts", 'import { z } from "zod/mini";\nexport const x = z.number();\n');
    const edited = computeBuilderVersion(root);
    expect(edited).not.toBe(first);
    write("package.json", JSON.stringify({ dependencies: { zod: "4.0.1", react: "19.0.0" } }));
    expect(computeBuilderVersion(root)).not.toBe(edited);
  });

  it("ignores code outside the builder and libraries the builder does not import", () => {
    const { root, write } = project();
    const first = computeBuilderVersion(root);
    write("lib/view/page.ts", "export const view = 2;\n");
    write("package.json", JSON.stringify({ dependencies: { zod: "4.0.0", react: "19.9.9" } }));
    expect(computeBuilderVersion(root)).toBe(first);
  });

  it("fingerprints this project's builder", () => {
    expect(builderVersion()).toMatch(/^[0-9a-f]{16}$/u);
    expect(builderVersion()).toBe(computeBuilderVersion());
  });
});
