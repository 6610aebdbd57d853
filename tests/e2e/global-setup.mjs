// Before the end-to-end tests: asks the Rust model itself what each test case must show, so that
// the page's numbers are checked against the model, never against numbers copied by hand.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const EXPECTATIONS = resolve(dirname(fileURLToPath(import.meta.url)), "../../target/e2e-expectations.json");

export default function globalSetup() {
  const root = resolve(dirname(EXPECTATIONS), "..");
  const json = execFileSync("cargo", ["run", "--quiet", "--offline", "--example", "e2e_expectations"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  mkdirSync(dirname(EXPECTATIONS), { recursive: true });
  writeFileSync(EXPECTATIONS, json);
}
