import http from "node:http";
import type { AddressInfo } from "node:net";

/** An HTTP server on a free loopback port answering with `handler`, and its address. */
export async function listenLocal(handler: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
