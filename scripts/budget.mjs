// Statistics and budget checks shared by the benchmark scripts. Every check prints `ok` or
// `MISS` and, when BENCH_SUMMARY names a file, appends the same line to it, so that
// scripts/bench.sh can list every budget at the end.
import fs from "node:fs";

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

let missed = false;

/** Prints and records one budget; remembers a miss for `exitCode()`. */
export function check(ok, text) {
  const line = `${ok ? "ok  " : "MISS"} ${text}`;
  console.log(line);
  if (process.env.BENCH_SUMMARY) fs.appendFileSync(process.env.BENCH_SUMMARY, line + "\n");
  missed ||= !ok;
}

export const exitCode = () => (missed ? 1 : 0);

/** A count from the environment, for quicker runs: BENCH_LOADS=5 and so on. */
export const count = (name, fallback) => {
  const n = Number(process.env[name] || fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
};
