// lib/content marks its modules `import "server-only"`: that package throws unless it is resolved
// with the `react-server` export condition, which Next sets for server code. The CLI (and any
// script that builds) is server code too, so this resolve hook gives that one package the same
// condition; every other package resolves as before. Load it first: `import` it, or
// `node --import ./bin/server-only-condition.mjs`.
import { register } from "node:module";

const hooks = `export function resolve(specifier, context, next) {
  if (specifier !== "server-only") return next(specifier, context);
  return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
