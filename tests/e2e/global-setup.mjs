// Before the end-to-end tests: asks the Rust model itself what each test case must show, so that
// the page's numbers are checked against the model, never against numbers copied by hand; and
// asks the command line what it says for a handful of golden links, which the page must show.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const EXPECTATIONS = resolve(dirname(fileURLToPath(import.meta.url)), "../../target/e2e-expectations.json");

export const CLI_EXPECTATIONS = resolve(dirname(EXPECTATIONS), "cli-expectations.json");

/** Golden links (tests/golden_links.json) opened in the page and evaluated by the command line:
 * every preset's kind of barrier, a scenario without data costs (no licence share), another
 * currency, a compact payload and bad values with notices. */
export const CLI_LINKS = [
  "v=1&preset=deepseek-v3",
  "v=1&preset=frontier-2026",
  "v=1&preset=university-lab",
  "v=1&preset=gpt-4&cur=cny&lang=zh",
  "v=1&preset=frontier-2025&mode=rent&rent=2.4",
  "v=1&preset=llama-3.1-405b&hours=30.84M",
  "v=1&preset=deepseek-v3&c=ICHbAARCFIgzaCGRwDbCHClTcCFg7TdBfB",
  "v=1&preset=gpt-4&n=-5&mfu=abc&utm_source=x&chip=z80",
];

/** What `frontier-cost-cli eval` prints for each of CLI_LINKS, by link. */
function cliExpectations(root) {
  const golden = JSON.parse(readFileSync(resolve(root, "tests/golden_links.json"), "utf8"));
  const cases = {};
  for (const link of CLI_LINKS) {
    if (!golden.some((entry) => entry.link === link)) throw new Error(`not a golden link: ${link}`);
    const json = execFileSync(
      "cargo",
      ["run", "--quiet", "--offline", "--release", "-p", "frontier-cost-cli", "--", "eval", link],
      { cwd: root, encoding: "utf8" },
    );
    cases[link] = JSON.parse(json);
  }
  return cases;
}

export default function globalSetup() {
  const root = resolve(dirname(EXPECTATIONS), "..");
  const json = execFileSync("cargo", ["run", "--quiet", "--offline", "--example", "e2e_expectations"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  mkdirSync(dirname(EXPECTATIONS), { recursive: true });
  writeFileSync(EXPECTATIONS, json);
  writeFileSync(CLI_EXPECTATIONS, JSON.stringify(cliExpectations(root), null, 2));
}
