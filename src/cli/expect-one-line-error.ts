import { expect } from 'vitest';

/** What a run of the CLI printed, and its exit code. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The bad-input promise, for the CLI's tests (in-process and as the built bundle): nothing on stdout,
 * one line on stderr naming the input and why, exit code 2, no stack trace.
 */
export function expectOneLineError(result: CliRun, name: string, reason: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(name);
  expect(lines[0]).toMatch(reason);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}
