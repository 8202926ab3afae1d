import { parentPort, workerData } from "node:worker_threads";
import { createPgliteClient } from "../engine/pglite-client";
import { toWireError, type WorkerRequest } from "../engine/pglite-worker-client";
import type { SqlClient } from "../engine/sql-client";

/**
 * The embedded search database's thread (started by createPgliteWorkerClient through
 * `bin/search-worker.mjs`): opens the folder it is given, then runs each statement it is sent
 * and posts back the rows, or the error, with the request's number.
 */
const port = parentPort;
const { dataDir } = workerData as { dataDir: string | undefined };

async function answer(client: Promise<SqlClient>, { op, sql = "", params = [] }: WorkerRequest) {
  const db = await client;
  if (op === "query") return db.query(sql, params);
  if (op === "exec") await db.exec(sql);
  if (op === "close") await db.close();
  return [];
}

if (port) {
  const client = createPgliteClient(dataDir);
  client.catch(() => {}); // said to every request, "open" first
  port.on("message", (request: WorkerRequest) => {
    answer(client, request).then(
      (rows) => port.postMessage({ id: request.id, rows }),
      (error: unknown) => port.postMessage({ id: request.id, error: toWireError(error) }),
    );
  });
}
