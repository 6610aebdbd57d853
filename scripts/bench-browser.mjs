// Browser timings of the release build in headless Chromium on 127.0.0.1, each beside a plain
// static HTML page served the same way and measured in the same run:
//  - navigation → first rendered total (median of RUNS fresh page loads);
//  - input → updated total (median and p95 over EDITS edits, every panel rendered).
import { chromium } from "@playwright/test";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS } from "../tests/e2e/playwright.config.mjs";

const RUNS = Number(process.env.RUNS ?? 21);
const EDITS = Number(process.env.EDITS ?? 240);

// The baseline: the same kind of page without the app — a number and a field that updates it.
const baselineHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title>
<script src="./__baseline.js" defer></script></head><body><h1>Baseline</h1>
<p>Total: <span data-out="total" data-value="1">$1</span></p>
<input data-param="n" type="text" value="16384"></body></html>`;
const baselineJs = `document.querySelector('[data-param="n"]').addEventListener("input", (e) => {
  const n = Number(e.target.value) || 0; const out = document.querySelector('[data-out="total"]');
  out.dataset.value = String(n * 30000 * 2); out.textContent = "$" + (n * 60000).toLocaleString("en-US"); });`;

const { server, url } = await startServer({
  root: "dist",
  extraRoutes: {
    "/__baseline.html": { type: "text/html; charset=utf-8", body: baselineHtml },
    "/__baseline.js": { type: "text/javascript; charset=utf-8", body: baselineJs },
  },
});
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

// Records, from the first byte of the document on, when the total first appears.
const firstTotalProbe = () => {
  const record = () => {
    if (!window.__firstTotal && document.querySelector("[data-out=total]")) window.__firstTotal = performance.now();
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
};

async function loadTime(path) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(firstTotalProbe);
    await page.goto(url + path);
    await page.waitForFunction(() => window.__firstTotal);
    times.push(await page.evaluate(() => window.__firstTotal));
    await context.close();
  }
  return times;
}

async function inputLatency(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url + path);
  await page.waitForSelector("[data-out=total]");
  const result = await page.evaluate(async (edits) => {
    const field = document.querySelector('input[data-param="n"]');
    const total = document.querySelector('[data-out="total"]');
    const toDom = [];
    const toFrame = [];
    for (let i = 0; i < edits; i++) {
      const before = total.dataset.value;
      const start = performance.now();
      let changedAt = 0;
      const observer = new MutationObserver(() => {
        if (!changedAt && document.querySelector('[data-out="total"]').dataset.value !== before) changedAt = performance.now();
      });
      observer.observe(document.body, { attributes: true, subtree: true, childList: true, characterData: true });
      field.value = String(1000 + (i % 50) * 997);
      field.dispatchEvent(new InputEvent("input", { bubbles: true }));
      const frameAt = await new Promise((done) => requestAnimationFrame(() => done(performance.now())));
      await new Promise((done) => setTimeout(done, 0));
      observer.disconnect();
      if (document.querySelector('[data-out="total"]').dataset.value === before) continue;
      toDom.push((changedAt || frameAt) - start);
      toFrame.push(frameAt - start);
    }
    return { toDom, toFrame };
  }, EDITS);
  await page.close();
  return result;
}

const fmt = (ms) => `${ms.toFixed(2).padStart(8)} ms`;
const appLoad = await loadTime("");
const baseLoad = await loadTime("__baseline.html");
const app = await inputLatency("");
const base = await inputLatency("__baseline.html");
console.log(`browser: navigation → first rendered total   app ${fmt(median(appLoad))}   static page ${fmt(median(baseLoad))}   ratio ${(median(appLoad) / median(baseLoad)).toFixed(1)}×   (median of ${RUNS} loads)`);
console.log(`browser: input → updated total, median         app ${fmt(median(app.toDom))}   static page ${fmt(median(base.toDom))}   ratio ${(median(app.toDom) / Math.max(median(base.toDom), 0.01)).toFixed(1)}×   (${app.toDom.length} edits)`);
console.log(`browser: input → updated total, p95            app ${fmt(p95(app.toDom))}   static page ${fmt(p95(base.toDom))}   target ≤ 16 ms: ${p95(app.toDom) <= 16 ? "met" : "NOT met"}`);
console.log(`browser: input → next animation frame, p95     app ${fmt(p95(app.toFrame))}   static page ${fmt(p95(base.toFrame))}`);
await browser.close();
server.close();
