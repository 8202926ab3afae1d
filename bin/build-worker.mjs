// A worker thread of `episodes build`: the compiled copy's build worker when the command runs
// compiled, else the TypeScript (compiled-cli.mjs).
import { loadWorker } from "./compiled-cli.mjs";

await loadWorker("build-worker");
