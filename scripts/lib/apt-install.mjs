// Installs a Debian package when its binary is missing and we may (root, apt-get present).
import { existsSync } from "node:fs";
import { run, stage } from "./run.mjs";

/**
 * Ensures `binary` exists, installing Debian's `pkg` with apt-get when it does not and the
 * process runs as root. Resolves to whether the binary is there afterwards.
 */
export async function aptInstall(pkg, binary) {
  if (existsSync(binary)) return true;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) return false;
  stage(`install ${pkg} (apt-get install ${pkg})`);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if ((await run("apt-get", ["update", "-qq"], { env })) === 0) {
    await run("apt-get", ["install", "-y", "-qq", pkg], { env });
  }
  return existsSync(binary);
}
