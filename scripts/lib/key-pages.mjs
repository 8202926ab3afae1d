// The pages whose quality is measured: Lighthouse in `npm test` and in `npm run bench`.
export const KEY_PAGES = [
  "/",
  "/episodes/hugging-face-watsonx",
  "/episodes/acquired-ai-builders",
  "/episodes/cyber-sentries-open-source-ai",
  // A person's page. Not `/people`: in the test library it draws the feed fixture's pictures,
  // whose host (people.example) does not resolve there, and the browser logs each failed load as
  // an error (best practices < 100); its accessibility is checked by axe (tests/e2e/people.spec.ts).
  "/people/jeff-boudier",
  // A clip page: formatClipId("hugging-face-watsonx", 517.8, 524), one sentence of episode A
  // (tests/links/clip-id.test.ts checks that it is).
  "/clips/468yd22-b3jc-4s8",
];
