// A loopback port for a server this process is about to start: the tests', the bench's, the shots'.
import { createServer } from "node:net";

/** A loopback port nobody listens on at this moment (the system picks it; taken and released at once). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
