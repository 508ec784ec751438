import { defineProject } from 'vitest/config';

/**
 * Shared vitest project settings: tests live in `test/`, run in Node, and never rely on
 * timing assertions (speed targets belong in benchmarks).
 * @param {string} name the project name shown in reports
 * @param {import('vitest/config').TestProjectInlineConfiguration['test']} [overrides]
 */
export function packageProject(name, overrides = {}) {
  return defineProject({
    test: {
      name,
      include: ['test/**/*.test.ts'],
      environment: 'node',
      testTimeout: 20_000,
      hookTimeout: 20_000,
      ...overrides,
    },
  });
}
