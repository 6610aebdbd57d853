// End-to-end tests: Playwright driving Debian's Chromium against the release build (dist/, or
// E2E_DIST) served on 127.0.0.1 on a free port (E2E_PORT, chosen by scripts/test.sh), and the
// test build with the crash switches (target/dist-test, or E2E_TEST_DIST; built with
// `--features test-hooks`), used only by panic.spec.mjs, on E2E_TEST_PORT.
import { defineConfig } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const port = Number(process.env.E2E_PORT || 4173);
const testPort = Number(process.env.E2E_TEST_PORT || port + 1);
const dist = process.env.E2E_DIST || "dist";
const testDist = process.env.E2E_TEST_DIST || "target/dist-test";

/** Debian's Chromium (or another, through CHROMIUM=): never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM || "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export default defineConfig({
  testDir: here,
  testMatch: /.*\.spec\.mjs$/,
  globalSetup: resolve(here, "global-setup.mjs"),
  outputDir: resolve(root, "target/e2e-results"),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [["list"], ["json", { outputFile: resolve(root, "target/e2e-report.json") }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    // A fresh profile per browser (Playwright's default), Debian's Chromium, no downloads.
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    screenshot: "only-on-failure",
    trace: "off",
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs --root ${dist} --host 127.0.0.1 --port ${port}`,
      cwd: root,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node scripts/static-server.mjs --root ${testDist} --host 127.0.0.1 --port ${testPort}`,
      cwd: root,
      // Ready when it listens: a missing test build fails panic.spec.mjs, saying how to build it.
      port: testPort,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
