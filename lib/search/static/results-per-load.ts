/**
 * Results the static copy's /search lists at once, and per "More results": each is a Pagefind
 * fragment, one request. Chromium on the bench machine pays ~5 ms a request whatever the protocol
 * (10 fragments fetched in parallel took 52 ms over HTTP/1.1 and 52 ms over HTTP/2), so the first
 * page's fragments were half a first query: at 1,000 hours its median was 94 ms with 10, 72 ms
 * with 5 (search alone ~45 ms). Pagefind's own UI loads 5 at a time too.
 */
export const RESULTS_PER_LOAD = 5;
