import { request } from 'node:http';
import { connect } from 'node:net';
import type { Simulator } from '../src/index.ts';

/** What a raw node:http client saw: status and headers if they arrived, body chunks, and any error. */
export interface RawResult {
  readonly status?: number;
  readonly headers?: Record<string, string | string[] | undefined>;
  readonly chunks: readonly string[];
  readonly error?: NodeJS.ErrnoException;
}

/** A GET over node:http that never rejects, so tests can look at half-delivered responses. */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResult> {
  return new Promise((resolve) => {
    const chunks: string[] = [];
    let status: number | undefined;
    let received: RawResult['headers'];
    const finish = (error?: NodeJS.ErrnoException): void => {
      resolve({
        chunks,
        ...(status !== undefined && { status }),
        ...(received && { headers: received }),
        ...(error && { error }),
      });
    };
    const req = request(url, { headers, agent: false }, (res) => {
      status = res.statusCode;
      received = res.headers;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => chunks.push(chunk));
      res.on('end', () => finish());
      res.on('error', finish);
    });
    req.on('error', finish);
    req.end();
  });
}

/** What a raw TCP client saw: every byte the server sent, and how the connection ended. */
export interface WireResult {
  /** Status line, headers and body bytes exactly as they arrived. */
  readonly bytes: Buffer;
  /** `fin`: the server closed the connection cleanly; `reset`: it reset it. */
  readonly ending: 'fin' | 'reset';
}

/**
 * Sends one GET over a bare socket and reads until the connection ends; `connection: close` makes
 * a complete response end it too. Below HTTP, a clean close (FIN, the socket's 'end') and a reset
 * (ECONNRESET) cannot be mistaken for each other.
 */
export function wireGet(url: string): Promise<WireResult> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\nconnection: close\r\n\r\n`);
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve({ bytes: Buffer.concat(chunks), ending: 'fin' }));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') resolve({ bytes: Buffer.concat(chunks), ending: 'reset' });
      else reject(error);
    });
  });
}

/** Splits a raw HTTP/1.1 response into its lower-cased header lines and its body bytes. */
export function splitResponse(bytes: Buffer): { readonly head: string; readonly body: Buffer } {
  const end = bytes.indexOf('\r\n\r\n');
  return { head: bytes.subarray(0, end).toString('latin1').toLowerCase(), body: bytes.subarray(end + 4) };
}

/** Waits until `sim` has recorded `count` requests: they have arrived, whatever their latency. */
export async function untilRecorded(sim: Simulator, count: number): Promise<void> {
  while (sim.requestCount() < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The status of a GET with `headers`, its body read and dropped. */
export async function statusOf(
  sim: Simulator,
  path: string,
  headers: Record<string, string> = {},
): Promise<number> {
  const res = await fetch(`${sim.url}${path}`, { headers });
  await res.arrayBuffer();
  return res.status;
}
