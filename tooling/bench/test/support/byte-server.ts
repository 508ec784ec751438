import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server that answers every request with the same bytes. */
export interface ByteServer {
  readonly url: string;
  /** Requests received so far. */
  readonly requests: () => number;
  close(): Promise<void>;
}

/** What the server answers every request with. */
export interface ByteAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /**
   * Send the headers and half the body, then close the connection cleanly (a FIN, not the reset
   * of the simulator's `reset-mid-body`), as a proxy that gives up mid-response does.
   */
  readonly cutMidBody?: boolean;
}

/**
 * Serves one answer byte for byte on 127.0.0.1. The simulator's custom responses are strings sent
 * as UTF-8, so a body that is not valid UTF-8, or a body cut off by a clean close, needs this.
 */
export async function startByteServer(answer: ByteAnswer): Promise<ByteServer> {
  const { status, headers, body } = answer;
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    req.resume();
    res.writeHead(status, { ...headers, 'content-length': String(body.byteLength) });
    if (!answer.cutMidBody) {
      res.end(body);
      return;
    }
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
