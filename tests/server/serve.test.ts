import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port.mjs";

const SERVE = new URL("../../scripts/serve.mjs", import.meta.url).pathname;

/** Runs the server with `args` until it exits (it must: every case here is an error). */
function serve(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [SERVE, ...args], {
    encoding: "utf8",
    timeout: 20_000,
    env: { ...process.env, ...env },
  });
  return { code: run.status, stderr: run.stderr };
}

describe("scripts/serve.mjs refuses what it cannot serve, with the reason and no stack trace", () => {
  it("a port that is not a number (exit 2)", () => {
    const { code, stderr } = serve(["-p", "30x0"]);
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('serve: the port must be a number from 0 to 65535, not "30x0"');
  });

  it("an unknown option (exit 2, with the usage)", () => {
    const { code, stderr } = serve(["--port-number", "3000"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^serve: Unknown option '--port-number'.*Usage: node scripts\/serve\.mjs/);
  });

  it("a build whose resolved config is broken (exit 1): the file, and to build again", async () => {
    const dist = mkdtempSync(path.join(tmpdir(), "serve-dist-"));
    writeFileSync(path.join(dist, "required-server-files.json"), '{"version": 1, "config": {');
    const port = await freePort();
    const { code, stderr } = serve(["-p", String(port), "-H", "127.0.0.1"], { NEXT_DIST_DIR: dist });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `serve: ${path.join(dist, "required-server-files.json")} is not valid JSON: build the site again (\`npm start\` does when it is out of date)`,
    );
  });

  it("a port another server holds (exit 1), said before Next loads", async () => {
    const busy = http.createServer((_req, res) => res.end());
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      const { code, stderr } = await new Promise<ReturnType<typeof serve>>((resolve) =>
        setImmediate(() => resolve(serve(["-p", String(port), "-H", "127.0.0.1"]))),
      );
      expect(code).toBe(1);
      expect(stderr.trim()).toBe(
        `serve: port ${port} is in use: stop what serves it, or set PORT to another`,
      );
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      busy.close();
    }
  });
});
