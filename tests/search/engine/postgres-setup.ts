import type { TestProject } from "vitest/node";
import { startPostgres } from "../../../scripts/lib/postgres.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The PostgreSQL server the engine tests use: TEST_DATABASE_URL, else one started here. */
    postgresUrl: string;
  }
}

/** Port of the throwaway server: TEST_POSTGRES_PORT, else a free one (startPostgres). */
const PORT = process.env.TEST_POSTGRES_PORT ? Number(process.env.TEST_POSTGRES_PORT) : undefined;

/**
 * Gives the engine tests a PostgreSQL server: TEST_DATABASE_URL when set, else a throwaway one
 * (Debian's package, installed when missing) stopped when the run ends. No server, no run:
 * startPostgres throws with what to install.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    return;
  }
  const server = await startPostgres(PORT === undefined ? {} : { port: PORT });
  project.provide("postgresUrl", server.url);
  return () => server.stop();
}
