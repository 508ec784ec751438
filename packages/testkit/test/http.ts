import { request } from 'node:http';

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
