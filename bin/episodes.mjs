#!/usr/bin/env node
// The `episodes` command: runs the TypeScript CLI through tsx, so there is no separate compile step.
import "./server-only-condition.mjs";
import { register } from "tsx/esm/api";

process.env.NEXT_TELEMETRY_DISABLED = "1";
register();
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
