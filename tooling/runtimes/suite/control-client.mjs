// Scripts the simulator, which lives in the Node runner, from whatever runtime runs the suite:
// plain fetch calls to the runner's control endpoint.

async function call(baseUrl, method, path, body) {
  const response = await fetch(`${baseUrl}/control/${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`control ${method} /control/${path} failed: ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

/**
 * A client for the runner's control endpoint at `baseUrl`: `script(route, steps)`, `count(route?)`
 * and `reset()` call the simulator's `script`, `requestCount` and `reset`.
 */
export function createControl(baseUrl) {
  return {
    script: (route, steps) => call(baseUrl, 'POST', 'script', { route, steps }),
    count: async (route) => {
      const query = route === undefined ? '' : `?route=${encodeURIComponent(route)}`;
      return (await call(baseUrl, 'GET', `count${query}`)).count;
    },
    reset: () => call(baseUrl, 'POST', 'reset'),
  };
}
