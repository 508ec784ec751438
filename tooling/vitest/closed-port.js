import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 that was just free: connecting to it is refused until someone listens. For
 * adapter tests of network failures over real sockets.
 */
export async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
