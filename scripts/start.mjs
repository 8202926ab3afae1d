// `npm start`: install what is missing, build the content model and the site when out of date, serve.
import { ensureDeps } from "./lib/ensure-deps.mjs";
import { stage } from "./lib/run.mjs";
import { ensureSiteBuilt, startServer } from "./lib/site.mjs";

const port = process.env.PORT || "3000";

await ensureDeps();
if (!process.env.SITE_URL?.trim()) {
  console.log(
    "SITE_URL is not set: pages carry no share images, sitemap or chapter links (they need the site's public address). Set it, e.g. SITE_URL=https://episodes.example.org npm start",
  );
}
await ensureSiteBuilt();
stage(`serve on http://localhost:${port}`);
const { child, stop } = startServer(port);
console.log(`Episode Explorer: http://localhost:${port}`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stop();
    process.exit(0);
  });
}
child.on("exit", (code) => process.exit(code ?? 0));
