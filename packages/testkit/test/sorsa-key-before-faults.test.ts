import { expect, test } from 'vitest';
import { startSimulator } from '../src/index.ts';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

test('a Sorsa request with a refused key gets the refusal, never a random fault', async () => {
  const sim = await startSimulator({
    faults: { rate: 1, kinds: ['truncated-json'] },
    sorsa: { keys: { unpaid: { paid: false }, gone: { deleted: true } } },
  });
  try {
    const answers: [string | undefined, number, boolean][] = [];
    for (const key of [undefined, 'unpaid', 'gone', 'valid']) {
      const headers: Record<string, string> = key === undefined ? {} : { ApiKey: key };
      const res = await fetch(`${sim.url}/v3/info?username=x`, { headers });
      const text = await res.text();
      answers.push([key, res.status, parses(text)]);
    }
    // Refusals come whole; the valid key still gets the fault: a 200 whose JSON is cut short.
    expect(answers).toEqual([
      [undefined, 403, true],
      ['unpaid', 403, true],
      ['gone', 401, true],
      ['valid', 200, false],
    ]);
    const missing = await (await fetch(`${sim.url}/v3/info?username=x`)).text();
    expect(JSON.parse(missing)).toEqual({ message: 'missing key in request header' });
  } finally {
    await sim.close();
  }
});
