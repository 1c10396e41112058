// Cases run as tests of their own and counted: a last test prints "<what>: N tried, M failed",
// the line `make test` shows for each kind of hostile condition.
import { test } from "node:test";
import assert from "node:assert/strict";

/** A test per `[name, case]`, each running `run(case)`; then the tally. */
export function tallied(what, cases, run) {
  const tally = { tried: 0, failed: 0 };
  for (const [name, c] of cases) {
    test(name, async () => {
      tally.tried++;
      try {
        await run(c);
      } catch (error) {
        tally.failed++;
        throw error;
      }
    });
  }
  test(`${what}, tried and failed`, () => {
    console.log(`${what}: ${tally.tried} tried, ${tally.failed} failed`);
    assert.equal(tally.tried, cases.length);
  });
}
