/**
 * A minimal test runner for the player's own logic, run inside a real browser (the JUnit test ClientLogicTest
 * bundles this folder and loads it into Chromium): no Node, no test framework to install.
 */

export interface Result {
  name: string;
  passed: boolean;
  message: string;
}

const tests: { name: string; fn: () => void | Promise<void> }[] = [];

export function test(name: string, fn: () => void | Promise<void>): void {
  tests.push({ name, fn });
}

export class AssertionError extends Error {}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new AssertionError(message);
  }
}

export function assertEqual<T>(actual: T, expected: T, what = 'value'): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) {
    throw new AssertionError(`${what}: expected ${e} but was ${a}`);
  }
}

export function assertClose(actual: number, expected: number, tolerance: number, what = 'value'): void {
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new AssertionError(`${what}: expected ${expected} ± ${tolerance} but was ${actual}`);
  }
}

export async function runAll(): Promise<Result[]> {
  const results: Result[] = [];
  for (const t of tests) {
    try {
      await t.fn();
      results.push({ name: t.name, passed: true, message: '' });
    } catch (e) {
      const error = e as Error;
      results.push({ name: t.name, passed: false, message: error instanceof AssertionError ? error.message : String(error.stack ?? error) });
    }
  }
  return results;
}
