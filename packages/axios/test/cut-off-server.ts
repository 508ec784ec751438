import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server whose every answer breaks off halfway through its body. */
export interface CutOffServer {
  readonly url: string;
  /** Requests received so far. */
  readonly requests: () => number;
  close(): Promise<void>;
}

/**
 * Sends the status, headers and half of `body`, then closes the connection cleanly (a FIN, as a
 * proxy that gives up mid-response does). The simulator's `reset-mid-body` sends a reset instead,
 * which Node reports on the request before axios sees a response, so it cannot reach this path.
 */
export async function startCutOffServer(
  status: number,
  headers: Readonly<Record<string, string>>,
  body: Uint8Array,
): Promise<CutOffServer> {
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    req.resume();
    res.writeHead(status, { ...headers, 'content-length': String(body.byteLength) });
    res.write(body.subarray(0, Math.floor(body.byteLength / 2)), () => {
      const timer = setTimeout(() => res.socket?.end(), 20);
      res.once('close', () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => count,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
