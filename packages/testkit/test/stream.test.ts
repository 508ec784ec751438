import { getEntry } from '@xapi-errors/core';
import { afterEach, describe, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

const streamUrl = (): string => `${sim.url}/2/tweets/search/stream`;

describe('filtered stream', () => {
  test('sends data lines and \\r\\n keep-alives, then an operational-disconnect line and closes', async () => {
    sim = await startSimulator({ stream: { keepAliveMs: 5, dataIntervalMs: 40, disconnectAfter: 3 } });
    const res = await fetch(streamUrl());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    const messages = lines.filter((line) => line !== '').map((line) => JSON.parse(line));
    expect(lines.filter((line) => line === '').length).toBeGreaterThan(0);
    expect(messages).toHaveLength(4);
    for (const message of messages.slice(0, 3)) {
      expect(message).toMatchObject({ data: { id: expect.any(String), text: expect.any(String) } });
    }
    const disconnect = messages[3];
    expect(disconnect).toEqual(JSON.parse(getEntry('v2/operational-disconnect')?.example.body ?? ''));
    expect(disconnect).not.toHaveProperty('data');
    expect(disconnect.errors[0].type).toMatch(/operational-disconnect$/);
  });

  test('disconnectAfter 0 disconnects at once', async () => {
    sim = await startSimulator({ stream: { disconnectAfter: 0 } });
    const text = await (await fetch(streamUrl())).text();
    expect(JSON.parse(text)).toHaveProperty('errors');
  });

  test('connecting without rules is a 409 RuleConfigurationIssue; adding a rule lets it connect', async () => {
    sim = await startSimulator({ stream: { rules: 0, disconnectAfter: 1, dataIntervalMs: 1 } });
    const refused = await fetch(streamUrl());
    expect(refused.status).toBe(409);
    expect(await refused.text()).toBe(
      getEntry('v2/streaming-connection/RuleConfigurationIssue')?.example.body,
    );
    sim.setStreamRules(2);
    const accepted = await fetch(streamUrl());
    expect(accepted.status).toBe(200);
    await accepted.text();
    sim.reset();
    expect((await fetch(streamUrl())).status).toBe(409);
  });

  test('one connection more than allowed is a 429 TooManyConnections', async () => {
    sim = await startSimulator({ stream: { maxConnections: 1 } });
    const open = new AbortController();
    const first = await fetch(streamUrl(), { signal: open.signal });
    expect(first.status).toBe(200);
    const second = await fetch(streamUrl());
    expect(second.status).toBe(429);
    const body = await second.json();
    expect(body).toEqual(
      JSON.parse(getEntry('v2/streaming-connection/TooManyConnections')?.example.body ?? ''),
    );
    expect(body.connection_issue).toBe('TooManyConnections');
    open.abort();
  });

  test('close() ends open streams', async () => {
    sim = await startSimulator({ stream: { keepAliveMs: 5 } });
    const res = await fetch(streamUrl());
    const reading = res.text();
    await sim.close();
    await expect(reading).rejects.toThrow();
  });

  test('a scripted step on the stream route answers the connection attempt', async () => {
    sim = await startSimulator({ stream: { rules: 0, disconnectAfter: 0 } });
    sim.script('GET /2/tweets/search/stream', ['v2/streaming-connection/TooManyConnections', 'ok']);
    expect((await fetch(streamUrl())).status).toBe(429);
    const ok = await fetch(streamUrl());
    expect(ok.status).toBe(200);
    expect(JSON.parse(await ok.text())).toHaveProperty('errors');
  });
});
