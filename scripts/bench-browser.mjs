// Browser timings of the release build in headless Chromium on 127.0.0.1, each beside a plain
// static HTML page served the same way and measured in the same run:
//  - navigation → first rendered total (median of RUNS fresh page loads);
//  - input → updated total (median and p95 over EDITS edits) with every panel rendered and in
//    the viewport: the window is as tall as the page, two scenarios are pinned so that the
//    comparison recomputes too, and the script checks each panel is there before measuring;
//  - the Monte Carlo of 10,000 samples in the browser (MC_RUNS runs): the page starts it in a
//    timer 120 ms after the last edit and draws it in slices of about 6 ms, each in a timer of
//    its own (0 ms). This script (not the page) wraps `setTimeout` to time those callbacks —
//    the slices: the longest and their sum (the simulation's own time; the band's render,
//    which Yew does in a microtask after the last callback, is not in them) — and also times
//    edit → band updated, minus the 120 ms wait.
// Knobs: RUNS, EDITS, MC_RUNS; APP_QUERY (the page's query) and TALL=0 (a 1280×900 window,
// panels below the fold) to compare with lighter set-ups.
import { chromium } from "@playwright/test";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/playwright.config.mjs";

const RUNS = Number(process.env.RUNS ?? 21);
const EDITS = Number(process.env.EDITS ?? 240);
const MC_RUNS = Number(process.env.MC_RUNS ?? 25);
/// The page's quiet time before the simulation (src/hooks/use_monte_carlo.rs).
const MC_DELAY_MS = 120;
/// Every panel on, with two pinned scenarios so that the comparison renders.
const APP_QUERY = process.env.APP_QUERY ?? "?v=1&preset=llama-3.1-405b&s1=GPT-4~gpt-4&s2=DeepSeek-V3~deepseek-v3";
/// What must be on the page while the input latency is measured: one mark per panel.
const PANELS = {
  total: '[data-out="total"]',
  band: '[data-out="total_p50"]',
  breakdown: '[data-out="cost_compute"]',
  figures: '[data-out="flop_total"]',
  verdict: '[data-out="barrier_level"]',
  ladder: '[data-out="ladder_fundable_count"]',
  access: '[data-out="accelerators_vs_meta_fleet"]',
  trajectory: '[data-out="trajectory_5y"]',
  distribution: "figure.distribution",
  tornado: ".tornado-row",
  ...(APP_QUERY.includes("s2=") ? { comparison: '[data-out="pinned2_total"]' } : {}),
  inputs: 'input[data-param="n"]',
};

// The baseline: the same kind of page without the app — a number and a field that updates it.
const baselineHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title>
<script src="./__baseline.js" defer></script></head><body><h1>Baseline</h1>
<p>Total: <span data-out="total" data-value="1">$1</span></p>
<input data-param="n" type="text" value="16384"></body></html>`;
const baselineJs = `document.querySelector('[data-param="n"]').addEventListener("input", (e) => {
  const n = Number(e.target.value) || 0; const out = document.querySelector('[data-out="total"]');
  out.dataset.value = String(n * 30000 * 2); out.textContent = "$" + (n * 60000).toLocaleString("en-US"); });`;

const { server, url } = await startServer({
  root: process.env.BENCH_DIST ?? "dist",
  extraRoutes: {
    "/__baseline.html": { type: "text/html; charset=utf-8", body: baselineHtml },
    "/__baseline.js": { type: "text/javascript; charset=utf-8", body: baselineJs },
  },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

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

/** Makes the window as tall as the page, so that every panel is in the viewport. */
async function showEverything(page) {
  if (process.env.TALL === "0") return;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 900), 16000) });
}

async function inputLatency(path, panels = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url + path);
  await page.waitForSelector("[data-out=total]");
  await page.waitForTimeout(400);
  await showEverything(page);
  for (const [panel, selector] of Object.entries(panels)) {
    const box = await page.locator(selector).first().boundingBox();
    const viewport = page.viewportSize();
    if (!box || (process.env.TALL !== "0" && box.y + box.height > viewport.height)) throw new Error(`panel ${panel} (${selector}) is not in the viewport`);
  }
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
  const viewport = page.viewportSize();
  await page.close();
  return { ...result, viewport: `${viewport.width}×${viewport.height}` };
}

/** Times of the page's Monte Carlo: its timers' callbacks (the longest and the sum per run),
 * and edit → band updated. */
async function monteCarloTimes() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Test harness only: time every callback of a 120 ms timer (the simulation's first slice)
  // and of a 0 ms one (its next slices).
  await page.addInitScript((delay) => {
    const original = window.setTimeout;
    window.__mc = [];
    window.setTimeout = function (callback, ms, ...rest) {
      if ((ms !== delay && ms !== 0) || typeof callback !== "function") return original.call(this, callback, ms, ...rest);
      return original.call(this, (...args) => {
        const start = performance.now();
        try {
          return callback(...args);
        } finally {
          window.__mc.push(performance.now() - start);
        }
      }, ms, ...rest);
    };
  }, MC_DELAY_MS);
  await page.goto(url + APP_QUERY);
  await page.waitForSelector('[data-out="total_p50"]');
  await showEverything(page);
  const result = await page.evaluate(async ({ runs, delay }) => {
    const field = document.querySelector('input[data-param="n"]');
    const bandChanged = [];
    const longest = [];
    const sums = [];
    for (let i = 0; i < runs; i++) {
      const before = document.querySelector('[data-out="total_p50"]').dataset.value;
      const seen = window.__mc.length;
      const start = performance.now();
      field.value = String(2000 + i * 1009);
      field.dispatchEvent(new InputEvent("input", { bubbles: true }));
      const changedAt = await new Promise((done) => {
        const check = () => {
          const band = document.querySelector('[data-out="total_p50"]');
          if (band && band.dataset.value !== before && !document.querySelector(".band[aria-busy]")) done(performance.now());
          else requestAnimationFrame(check);
        };
        check();
      });
      bandChanged.push(changedAt - start - delay);
      const slices = window.__mc.slice(seen);
      if (slices.length) {
        longest.push(Math.max(...slices));
        sums.push(slices.reduce((sum, ms) => sum + ms, 0));
      }
      await new Promise((done) => setTimeout(done, 50));
    }
    return { bandChanged, longest, sums };
  }, { runs: MC_RUNS, delay: MC_DELAY_MS });
  await page.close();
  return result;
}

const fmt = (ms) => `${ms.toFixed(2).padStart(8)} ms`;
const appLoad = await loadTime("");
const baseLoad = await loadTime("__baseline.html");
const app = await inputLatency(APP_QUERY, PANELS);
const base = await inputLatency("__baseline.html");
const mc = await monteCarloTimes();
console.log(`browser: navigation → first rendered total   app ${fmt(median(appLoad))}   static page ${fmt(median(baseLoad))}   ratio ${(median(appLoad) / median(baseLoad)).toFixed(1)}×   (median of ${RUNS} loads)`);
console.log(`browser: input → updated total, median         app ${fmt(median(app.toDom))}   static page ${fmt(median(base.toDom))}   ratio ${(median(app.toDom) / Math.max(median(base.toDom), 0.01)).toFixed(1)}×   (${app.toDom.length} edits)`);
console.log(`browser: input → updated total, p95            app ${fmt(p95(app.toDom))}   static page ${fmt(p95(base.toDom))}   target ≤ 16 ms: ${p95(app.toDom) <= 16 ? "met" : "NOT met"}`);
console.log(`browser: input → next animation frame, p95     app ${fmt(p95(app.toFrame))}   static page ${fmt(p95(base.toFrame))}`);
console.log(`browser: (every panel rendered and in a ${app.viewport} viewport: ${Object.keys(PANELS).join(", ")})`);
console.log(`browser: Monte Carlo, 10,000 samples: longest task     ${fmt(median(mc.longest))}   p95 ${fmt(p95(mc.longest))}   (${mc.longest.length} runs)`);
console.log(`browser: Monte Carlo, 10,000 samples: all its tasks   ${fmt(median(mc.sums))}   p95 ${fmt(p95(mc.sums))}`);
console.log(`browser: edit → band updated, minus the 120 ms wait     ${fmt(median(mc.bandChanged))}   p95 ${fmt(p95(mc.bandChanged))}   (rAF polling: up to one frame late)`);
await browser.close();
server.close();
