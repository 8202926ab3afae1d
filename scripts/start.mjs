// `npm start`: install what is missing, build the content model and the site when out of date, serve.
import { spawn } from "node:child_process";
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { baseEnv, bin, run, stage } from "./lib/run.mjs";
import { inputStamp, isBuildCurrent, writeBuildStamp } from "./lib/site-build.mjs";

const root = new URL("../", import.meta.url).pathname;
const port = process.env.PORT || "3000";
const distDir = ".next";

await ensureDeps();

stage("build content (episodes build)");
const contentCode = await run("node", [`${root}bin/episodes.mjs`, "build"], { cwd: root });
if (contentCode !== 0) {
  // A broken episode must not take the library down: serve the ones that built.
  console.error("Some episodes failed to build (see above); serving the others.");
}

if (isBuildCurrent(distDir, inputStamp(distDir))) {
  stage("site build is up to date");
} else {
  stage("build site (next build)");
  const code = await run(bin("next"), ["build"], { cwd: root });
  if (code !== 0) process.exit(code);
  writeBuildStamp(distDir, inputStamp(distDir));
}

stage(`serve on http://localhost:${port}`);
const server = spawn(bin("next"), ["start", "-p", port], { cwd: root, stdio: "inherit", env: baseEnv });
console.log(`Episode Explorer: http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
