// The benchmark's Lighthouse part: the release build (built with PUBLIC_URL naming the address
// it is served at, so that canonical links are absolute) served on 127.0.0.1 with gzip and the
// caching of a production host; Lighthouse's mobile preset on the default page and on a preset
// page; and the first view's bytes (the html and the stylesheets that show the numbers).
// node scripts/bench-lighthouse.mjs <dist> <port>   (LIGHTHOUSE: the CLI; CHROME_PATH: Chromium)
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { startServer } from "./static-server.mjs";

const [dist = "target/bench-public", port = "0"] = process.argv.slice(2);
const cli = process.env.LIGHTHOUSE ?? resolve("target/lighthouse/node_modules/lighthouse/cli/index.js");
const { server, url } = await startServer({ root: dist, port: Number(port), gzip: true });

// The preset page: pre-rendered when the build has it, else the same state as a link.
const presetPath = existsSync(join(dist, "gpt-4/index.html")) ? "gpt-4/" : "?preset=gpt-4";
const pages = [
  ["default page", "", "index.html"],
  [`preset page (/${presetPath})`, presetPath, presetPath.endsWith("/") ? `${presetPath}index.html` : "index.html"],
];

// Nothing leaves 127.0.0.1: no error reports, no Chromium background services.
const chromeFlags = [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--disable-default-apps", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
  "--disable-features=OptimizationHints,MediaRouter,Translate", "--metrics-recording-only",
  `--user-data-dir=${mkdtempSync(join(tmpdir(), "lighthouse-"))}`,
].join(" ");

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

try {
  for (const [label, path, file] of pages) {
    // Asynchronously: this process serves the pages meanwhile.
    const { stdout: json } = await promisify(execFile)(
      process.execPath,
      [
        cli, url + path, "--quiet", "--output=json", "--output-path=stdout",
        "--only-categories=performance,accessibility,seo", "--no-enable-error-reporting",
        `--chrome-flags=${chromeFlags}`, "--max-wait-for-load=60000",
      ],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } },
    );
    const report = JSON.parse(json);
    // LIGHTHOUSE_REPORTS=<dir>: each page's whole report kept there, to see where the time goes.
    if (process.env.LIGHTHOUSE_REPORTS) mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
    if (process.env.LIGHTHOUSE_REPORTS) writeFileSync(join(process.env.LIGHTHOUSE_REPORTS, `${path.replace(/\W+/g, "") || "default"}.json`), json);
    const score = (id) => Math.round(report.categories[id].score * 100);
    const audit = (id) => report.audits[id];
    const failing = (id) =>
      report.categories[id].auditRefs
        .filter((ref) => ref.weight > 0 && audit(ref.id).score !== null && audit(ref.id).score < 1)
        .map((ref) => ref.id);
    // First view: the html and its stylesheets, gzip.
    const html = readFileSync(join(dist, file), "utf8");
    const sheets = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet\b[^>]*>/g)].map((m) => m[0].match(/\bhref="?(?:\.\.?\/)*([^" >]+)/)[1]);
    const firstView = gz(file) + sheets.reduce((sum, sheet) => sum + gz(sheet), 0);
    console.log(`${label}:`);
    console.log(`  performance ${score("performance")}  LCP ${(audit("largest-contentful-paint").numericValue / 1000).toFixed(2)} s  FCP ${(audit("first-contentful-paint").numericValue / 1000).toFixed(2)} s  TBT ${Math.round(audit("total-blocking-time").numericValue)} ms  CLS ${audit("cumulative-layout-shift").numericValue.toFixed(3)}`);
    console.log(`  accessibility ${score("accessibility")}${failing("accessibility").length ? ` (failing: ${failing("accessibility").join(", ")})` : ""}`);
    console.log(`  SEO ${score("seo")}${failing("seo").length ? ` (failing: ${failing("seo").join(", ")})` : ""}`);
    console.log(`  first view (html + css, gzip): ${kib(firstView)} (${file} ${gz(file)} B, ${sheets.join(", ")})`);
  }
} finally {
  server.close();
}
