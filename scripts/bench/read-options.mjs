// The options of `npm run bench`, checked: a mistake prints what is wrong and the usage line.
import { parseArgs } from "node:util";

const USAGE =
  "usage: npm run bench -- [--only seeds|scale] [--sizes 200,1000] [--skip search,static,site,lighthouse,start]";

/** The options, or what is wrong and the usage line, exit code 2 (no stack trace). */
export function readOptions() {
  const fail = (why) => {
    console.error(`npm run bench: ${why}\n${USAGE}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({
      options: { only: { type: "string" }, sizes: { type: "string" }, skip: { type: "string" } },
    }));
  } catch (error) {
    fail(error.message);
  }
  if (values.only !== undefined && values.only !== "seeds" && values.only !== "scale")
    fail("--only takes seeds or scale");
  const sizes = (values.sizes ?? "200,1000").split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) fail("--sizes takes whole numbers, e.g. 200,1000");
  const skip = new Set((values.skip ?? "").split(",").filter(Boolean));
  const unknown = [...skip].filter((p) => !["search", "static", "site", "lighthouse", "start"].includes(p));
  if (unknown.length) fail(`--skip does not know ${unknown.join(", ")}`);
  return { only: values.only, sizes, skip };
}

