export const catalogue: readonly unknown[] = [];
