// A command the package tests run (npm, node, a bundler): its output, or an exception with it.
import { execFileSync } from "node:child_process";

export function run(command, args, cwd) {
  return execFileSync(command, args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}
