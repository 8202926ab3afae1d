// zod/mini shares the core (and this setting) with classic zod, without pulling classic zod
// into the page bundle: the classic schemas load only with the search index.
import * as z from "zod/mini";

// The site's Content-Security-Policy forbids eval. Zod compiles object parsers with
// `new Function` unless told not to, and even its caught probe for eval is reported as a
// violation, so the browser's zod runs without it. Imported before any schema is built.
z.config({ jitless: true });
