// `npm run dev`: install what is missing, build the content model, run Next in development mode.
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { bin, run, stage } from "./lib/run.mjs";

const root = new URL("../", import.meta.url).pathname;
await ensureDeps();
stage("build content (episodes build)");
await run("node", [`${root}bin/episodes.mjs`, "build"], { cwd: root });
stage("next dev");
process.exit(await run(bin("next"), ["dev", "-p", process.env.PORT || "3000"], { cwd: root }));
