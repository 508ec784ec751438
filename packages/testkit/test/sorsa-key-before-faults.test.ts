import { expect, test } from 'vitest';
import { startSimulator } from '../src/index.ts';

test('a Sorsa request with a refused key gets the refusal, never a random fault', async () => {
  const sim = await startSimulator({
    faults: { rate: 1, kinds: ['truncated-json'] },
    sorsa: { keys: { unpaid: { paid: false }, gone: { deleted: true } } },
  });
  try {
    const answers: [string | undefined, number][] = [];
    for (const key of [undefined, 'unpaid', 'gone', 'valid']) {
      const headers: Record<string, string> = key === undefined ? {} : { ApiKey: key };
      const res = await fetch(`${sim.url}/v3/info?username=x`, { headers });
      await res.arrayBuffer();
      answers.push([key, res.status]);
    }
    // The valid key still gets the fault: a complete 200 cut short.
    expect(answers).toEqual([
      [undefined, 403],
      ['unpaid', 403],
      ['gone', 401],
      ['valid', 200],
    ]);
    const missing = await (await fetch(`${sim.url}/v3/info?username=x`)).text();
    expect(JSON.parse(missing)).toEqual({ message: 'missing key in request header' });
  } finally {
    await sim.close();
  }
});
