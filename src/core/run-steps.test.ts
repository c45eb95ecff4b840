import { describe, expect, it } from 'vitest';
import type { Slicer } from './run-steps';
import { runSteps, runStepsSliced, withFirstSlice } from './run-steps';

/** Work of `steps` steps, each costing `cost` on a fake clock; answers how many steps it ran. */
function* work(clock: { now: number }, steps: number, cost: number): Generator<void, number, void> {
  for (let i = 0; i < steps; i++) {
    clock.now += cost;
    if (i < steps - 1) yield;
  }
  return steps;
}

/** A slicer over the fake clock with a budget, recording the length of every slice it ends. */
function fakeSlicer(clock: { now: number }, budget: number, slices: number[]): Slicer {
  let started = clock.now;
  return {
    due: () => clock.now - started >= budget,
    async next() {
      slices.push(clock.now - started);
      started = clock.now;
    },
  };
}

describe('running steps', () => {
  it('runs to the end at once, or in slices that end once the budget is spent', async () => {
    const clock = { now: 0 };
    expect(runSteps(work(clock, 10, 1))).toBe(10);
    const slices: number[] = [];
    expect(await runStepsSliced(work(clock, 100, 3), fakeSlicer(clock, 8, slices))).toBe(100);
    expect(slices.length).toBeGreaterThan(30);
    expect(Math.max(...slices)).toBe(9); // the budget and at most one step over it
  });

  it('a short job fits in the longer first slice, with no pause; a long one goes on in short slices', async () => {
    const clock = { now: 0 };
    const short: number[] = [];
    await runStepsSliced(work(clock, 6, 3), withFirstSlice(fakeSlicer(clock, 20, short), fakeSlicer(clock, 8, short)));
    expect(short).toEqual([]);
    let pauses = 0;
    const first = fakeSlicer(clock, 20, []);
    const then = fakeSlicer(clock, 8, []);
    const counted: Slicer = { due: then.due, next: async () => { pauses += 1; await then.next(); } };
    await runStepsSliced(work(clock, 30, 3), withFirstSlice(first, counted));
    // one pause after the first 7 steps (21 ≥ 20), then one after every 3 (9 ≥ 8) of the other 23: 1 + 7
    expect(pauses).toBe(8);
  });
});
