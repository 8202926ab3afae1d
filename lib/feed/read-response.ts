/** What a fetch gave: the body of a 200 with its validators, or a 304 (fetch-limited.ts). */
export type FetchResult =
  | { status: 304; url: string }
  | {
      status: 200;
      /** Where the bytes came from, after redirects. */
      url: string;
      bytes: Uint8Array;
      contentType?: string;
      etag?: string;
      lastModified?: string;
    };

/** A failed fetch: `url: reason`. `retriable` for failures another attempt may not meet. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
    readonly retriable = false,
  ) {
    super(`${url}: ${reason}`);
  }
}

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Reads a body up to `maxBytes`, cancelling the stream as soon as it goes over. */
async function readCapped(url: string, body: ReadableStream<Uint8Array> | null, maxBytes: number) {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError(url, `larger than the ${mb(maxBytes)} limit; stopped reading`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A response as a FetchResult: 304, or 200 with its body read up to `maxBytes`; a FetchError otherwise. */
export async function readResponse(url: string, response: Response, maxBytes: number): Promise<FetchResult> {
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    return { status: 304, url };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    const reason = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    throw new FetchError(url, reason, response.status >= 500 || response.status === 429);
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError(url, `${mb(declared)} is over the ${mb(maxBytes)} limit; not downloaded`);
  }
  const header = (name: string) => response.headers.get(name) ?? undefined;
  const bytes = await readCapped(url, response.body, maxBytes);
  return {
    status: 200,
    url,
    bytes,
    contentType: header("content-type"),
    etag: header("etag"),
    lastModified: header("last-modified"),
  };
}
