// A worker thread of `episodes index`: the compiled copy's reader when the command runs compiled,
// else the TypeScript reader (compiled-cli.mjs).
import { loadWorker } from "./compiled-cli.mjs";

await loadWorker("index-worker", ["zod"]);
