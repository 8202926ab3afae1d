// The embedded search database's thread (createPgliteWorkerClient): the compiled copy's when the
// command or the site's server runs compiled, else the TypeScript (compiled-cli.mjs).
import { loadWorker } from "./compiled-cli.mjs";

await loadWorker("search-worker", ["zod", "@electric-sql/pglite", "@electric-sql/pglite/contrib/pg_trgm"]);
