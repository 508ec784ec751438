// One loopback origin in front of the simulator: the control endpoint that lets a suite in another
// process script the simulator, the page and modules the browser loads, and a reverse proxy to the
// simulator for everything else. The browser talks only to this origin, so nothing needs CORS.
import { readFile } from 'node:fs/promises';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { packageDir } from './paths.mjs';

const contentTypes = {
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

function send(res, status, body, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

function control(sim, req, res, url) {
  const action = url.pathname.slice('/control/'.length);
  if (req.method === 'POST' && action === 'reset') {
    sim.reset();
    return send(res, 204, '');
  }
  if (req.method === 'GET' && action === 'count') {
    const route = url.searchParams.get('route') ?? undefined;
    return send(res, 200, JSON.stringify({ count: sim.requestCount(route) }));
  }
  if (req.method === 'POST' && action === 'script') {
    return readJson(req).then(({ route, steps }) => {
      sim.script(route, steps);
      send(res, 204, '');
    });
  }
  return send(res, 404, JSON.stringify({ error: `no control action ${req.method} ${action}` }));
}

function pageHtml(importMap) {
  return `<!doctype html>
<meta charset="utf-8">
<title>xapi-errors conformance</title>
<script type="importmap">${JSON.stringify({ imports: importMap })}</script>
<script type="module" src="/page/hosts/page.mjs"></script>
`;
}

/** Serves `file` only when it lies inside `root`. */
async function serveFile(res, root, relative) {
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep)) return send(res, 403, 'outside the served directory', 'text/plain');
  try {
    const body = await readFile(file);
    send(res, 200, body, contentTypes[extname(file)] ?? 'application/octet-stream');
  } catch {
    send(res, 404, `not found: ${relative}`, 'text/plain');
  }
}

function proxy(sim, agent, req, res) {
  const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !hopByHop.has(name)));
  const upstream = httpRequest(
    { host: '127.0.0.1', port: sim.port, method: req.method, path: req.url, headers, agent },
    (answer) => {
      const answerHeaders = Object.fromEntries(
        Object.entries(answer.headers).filter(([name]) => !hopByHop.has(name)),
      );
      res.writeHead(answer.statusCode ?? 502, answerHeaders);
      answer.pipe(res);
      answer.on('error', () => res.destroy());
    },
  );
  // A reset upstream becomes a reset downstream, so the browser sees the same network failure.
  upstream.on('error', () => res.destroy());
  res.on('close', () => upstream.destroy());
  req.pipe(upstream);
}

/**
 * Starts the gateway on 127.0.0.1 for a running simulator. `modules` maps the bare specifiers the
 * page imports to their resolved files (`{ '@xapi-errors/core': '/…/dist/index.mjs' }`); each
 * file's directory is served so its relative chunks load too. Resolves with `{ url, close() }`.
 */
function distRoot(file) {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    if (basename(dir) === 'dist') return dir;
  }
  return dirname(file);
}

export async function startGateway(sim, modules) {
  const served = Object.entries(modules).map(([specifier, file], index) => {
    // Serve the package's whole dist folder: a subpath entry (core/web) imports chunks beside its parent.
    const root = distRoot(file);
    return {
      specifier,
      prefix: `/page/pkg/${index}/`,
      root,
      entry: relative(root, file).split(sep).join('/'),
    };
  });
  const importMap = Object.fromEntries(served.map((pkg) => [pkg.specifier, `${pkg.prefix}${pkg.entry}`]));
  const agent = new Agent({ keepAlive: true });

  const server = createServer((req, res) => {
    const handle = async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      if (path.startsWith('/control/')) return control(sim, req, res, url);
      if (path === '/page/') return send(res, 200, pageHtml(importMap), 'text/html; charset=utf-8');
      const pkg = served.find((candidate) => path.startsWith(candidate.prefix));
      if (pkg) return serveFile(res, pkg.root, path.slice(pkg.prefix.length));
      for (const folder of ['suite', 'hosts']) {
        if (path.startsWith(`/page/${folder}/`)) {
          return serveFile(res, resolve(packageDir, folder), path.slice(`/page/${folder}/`.length));
        }
      }
      return proxy(sim, agent, req, res);
    };
    handle().catch((error) => {
      if (!res.headersSent) send(res, 400, JSON.stringify({ error: String(error?.message ?? error) }));
      else res.destroy();
    });
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolvePromise);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolvePromise) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
