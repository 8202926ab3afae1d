import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startServer } from "../../scripts/lib/site.mjs";
import { freePort } from "../../scripts/lib/free-port.mjs";

describe("startServer (the server `npm start` runs)", () => {
  it("runs it with glibc's trim threshold set, so the memory it frees goes back to the system", async () => {
    const { child, stop } = startServer(await freePort(), { stdio: "ignore", host: "127.0.0.1" });
    try {
      // Read at once: the process has replaced itself with node by the time spawn returns.
      const environ = readFileSync(`/proc/${child.pid}/environ`, "utf8").split("\0");
      expect(environ).toContain("MALLOC_TRIM_THRESHOLD_=131072");
      expect(environ).toContain("NEXT_TELEMETRY_DISABLED=1");
    } finally {
      stop();
    }
  });

  it("runs it with a young generation of 4 MiB semi-spaces, not V8's 16: less memory held after a burst", async () => {
    const { child, stop } = startServer(await freePort(), { stdio: "ignore", host: "127.0.0.1" });
    try {
      const args = readFileSync(`/proc/${child.pid}/cmdline`, "utf8").split("\0");
      expect(args.slice(0, 3)).toEqual([
        process.execPath,
        "--max-semi-space-size=4",
        expect.stringMatching(/scripts\/serve\.mjs$/),
      ]);
    } finally {
      stop();
    }
  });
});
