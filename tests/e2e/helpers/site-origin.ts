/**
 * The public origin the site under test was built for: `SITE_URL` of the build (`npm test` sets
 * https://explorer.example; build with the same when running the end-to-end tests by hand).
 */
export const SITE_ORIGIN = new URL(process.env.SITE_URL || "https://explorer.example").origin;
