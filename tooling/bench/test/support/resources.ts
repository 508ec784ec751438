/** Resource kinds that would keep a process alive after its work is done. */
const watched = ['Timeout', 'TCPSocketWrap', 'TCPServerWrap', 'Immediate'];

/** How many of each watched resource keep the event loop alive right now. */
export function liveResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) {
    if (watched.includes(kind)) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

/** The watched resources open now beyond `baseline`, e.g. `{ Timeout: 2 }`. */
export function resourcesBeyond(baseline: Record<string, number>): Record<string, number> {
  const extra: Record<string, number> = {};
  for (const [kind, count] of Object.entries(liveResources())) {
    const beyond = count - (baseline[kind] ?? 0);
    if (beyond > 0) extra[kind] = beyond;
  }
  return extra;
}

/**
 * Waits up to `limitMs` for every resource beyond `baseline` to close (sockets the server
 * destroyed close on the client a few ticks later) and returns what is still open.
 */
export async function leftOpen(
  baseline: Record<string, number>,
  limitMs = 2_000,
): Promise<Record<string, number>> {
  const started = Date.now();
  let extra = resourcesBeyond(baseline);
  while (Object.keys(extra).length > 0 && Date.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    extra = resourcesBeyond(baseline);
  }
  return extra;
}
