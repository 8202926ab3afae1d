// A worker thread of `episodes build`: loads the TypeScript build the same way bin/episodes.mjs
// does (tsx, and `server-only` resolved as server code), since a worker does not inherit them.
import "./server-only-condition.mjs";
import { register } from "tsx/esm/api";

register();
await import("../lib/cli/build-worker.ts");
