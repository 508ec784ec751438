/**
 * A header sent twice arrives joined (`0, 0`: fetch's `Headers` join repeats, and Node's http does
 * for most names): each part `read` can read, the one `pick` prefers kept; `undefined` when none
 * reads. A stray or empty part does not hide a readable one.
 */
export function listed(
  raw: string,
  read: (part: string) => number | undefined,
  pick: (a: number, b: number) => number,
): number | undefined {
  let picked: number | undefined;
  for (const part of raw.split(',')) {
    const value = read(part.trim());
    if (value !== undefined) picked = picked === undefined ? value : pick(picked, value);
  }
  return picked;
}
