// The zod validators for URL parameters, in one chunk that the browser loads only when a link
// carries a parameter (see load-link-validators.ts). zod's eval-free setting comes first.
import "./zod-jitless";

export { parseTimeFromLocation } from "@/lib/links/parse-time-from-location";
export { parseQueryParam } from "@/lib/links/query-param";
export { parseSpeakerParam } from "@/lib/links/speaker-param";
