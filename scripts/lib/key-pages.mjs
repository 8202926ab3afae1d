// The pages whose quality is measured: Lighthouse in `npm test` and in `npm run bench`.
export const KEY_PAGES = [
  "/",
  "/episodes/hugging-face-watsonx",
  "/episodes/acquired-ai-builders",
  "/episodes/cyber-sentries-open-source-ai",
  "/people",
  "/people/jeff-boudier",
];
