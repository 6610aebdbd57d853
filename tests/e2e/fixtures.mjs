// Shared end-to-end fixtures: every test fails on a console error, an uncaught exception, a CSP
// violation or a request that leaves the calculator's origin; helpers to read results.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base, expect } from "@playwright/test";
import { startServer } from "../../scripts/static-server.mjs";

/**
 * Records on `problems` what must never happen on a page: console errors, uncaught
 * exceptions, CSP violations (reported on the console) and requests to other origins.
 */
export async function watch(page, problems, allowedOrigins, label = "") {
  // The page runs under a strict Content-Security-Policy: any violation is a failure.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
    // The sections a pre-rendered page's app keeps as they are until it can draw them whole
    // (src/takeover.rs, the same selectors), marked before the app runs: `settled` waits
    // until none is left, every section the app's own.
    document.addEventListener("DOMContentLoaded", () => {
      for (const kept of document.querySelectorAll("#app .results-inner>.band, #app .panels>.uncertainty-panel, #app .trajectory-v2")) {
        kept.setAttribute("data-kept", "");
      }
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error${label}: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught${label}: ${error.message}`));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (!allowedOrigins.has(url.origin)) problems.push(`request to another origin${label}: ${request.url()}`);
  });
}

export const test = base.extend({
  /** Problems seen on the page (and on pages opened with `openFresh`); checked after every test. */
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = [];
      const allowedOrigins = new Set([new URL(baseURL).origin]);
      await watch(page, problems, allowedOrigins);
      await use({
        list: problems,
        origins: allowedOrigins,
        allow: (origin) => allowedOrigins.add(origin),
        /** Drops the problems a test provoked on purpose (and only those). */
        expect: (pattern) => {
          const kept = problems.filter((problem) => !pattern.test(problem));
          problems.splice(0, problems.length, ...kept);
        },
      });
      expect(problems, "console errors, exceptions or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the app has rendered: the page's own markup may be pre-rendered (visible
 * before the app runs, its controls disabled), so a visible result is not enough. */
export async function appReady(page) {
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1, { timeout: 15_000 });
  await expect(page.locator('[data-out="total"]')).toBeVisible();
}

/** Opens the calculator (with an optional query string) and waits until the app has rendered. */
export async function openCalculator(page, query = "") {
  await page.goto(query ? `./?${query.replace(/^\?/, "")}` : "./");
  await appReady(page);
}

/** The text a reader sees in `locator` (its `innerText`), with every section laid out: a page
 * taken over at its top lays out the sections below the fold only as they come near (`fc-lazy`,
 * styles/main.css), and the `innerText` of one not laid out yet is empty. */
export async function shownText(locator) {
  return locator.evaluate((element) => {
    const app = document.getElementById("app");
    const lazy = app?.classList.contains("fc-lazy");
    app?.classList.remove("fc-lazy");
    const text = element.innerText;
    if (lazy) app.classList.add("fc-lazy");
    return text;
  });
}

/** Lays the whole page out, as it was before the layout on demand (`fc-lazy`): a section laid
 * out on demand clips what overflows it (paint containment), so an overflow check needs this. */
export async function layOutWhole(page) {
  await page.evaluate(() => document.getElementById("app")?.classList.remove("fc-lazy"));
}

/** The raw number of a result. */
export async function outValue(page, name) {
  const value = await page.locator(`[data-out="${name}"]`).getAttribute("data-value");
  return Number(value);
}

/** Waits until the uncertainty band (simulated a moment after each change) is current. */
export async function settled(page) {
  await expect(page.locator(".band-pending, .band[aria-busy]")).toHaveCount(0);
  // A pre-rendered page's sections the app keeps until it can draw them whole (marked by
  // `watch`): its own by now.
  await expect(page.locator("[data-kept]")).toHaveCount(0);
}

/** Every data-out value on the page, by name, once the simulation has caught up. */
export async function allOutputs(page) {
  await settled(page);
  // A result shown once per organisation, rule or threshold (the deeper panels) is named as
  // the exports name it: `catchup_year.<org>`, `rule_ratio.<rule>`, `days_to.<flop>`.
  return page.$$eval("[data-out]", (nodes) =>
    Object.fromEntries(
      nodes.map((node) => {
        const item = node.dataset.org ?? node.dataset.rule ?? node.dataset.flop;
        return [item ? `${node.dataset.out}.${item}` : node.dataset.out, node.dataset.value];
      }),
    ),
  );
}

/** Every parameter control's value by its data-param key (fields, menus, switches). */
export async function allParams(page) {
  return page.$$eval("[data-param]", (nodes) =>
    Object.fromEntries(
      nodes.map((node) => [node.dataset.param, node.matches("input, select") ? node.value : node.dataset.value]),
    ),
  );
}

/** What a page shows: all parameters and all results. */
export async function snapshot(page) {
  return { params: await allParams(page), outputs: await allOutputs(page) };
}

/**
 * Opens a link in a new browser context (nothing shared with the first page), watched like
 * the test's own page; `close` ends the context.
 */
export async function openFresh(browser, url, problems) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await watch(page, problems.list, problems.origins, " in a fresh page");
  await page.goto(url);
  await appReady(page);
  return { page, close: () => context.close() };
}

/** Chooses a preset and waits until the page has taken it (the address names it). */
export async function choosePreset(page, id) {
  await page.locator('select[data-param="preset"]').selectOption(id);
  await expect.poll(() => new URL(page.url()).searchParams.get("preset")).toBe(id);
}

/** Sets a parameter the way a reader would: typing, choosing or clicking. */
export async function setParam(page, key, text) {
  const control = page.locator(`[data-param="${key}"]`);
  const tag = await control.evaluate((node) => node.tagName);
  if (tag === "INPUT") {
    await control.fill(text);
  } else if (tag === "SELECT") {
    await control.selectOption(text);
  } else {
    await control.locator(`input[value="${text}"]`).check();
  }
}

// ---- Embeds in an article on another origin (embed.spec.mjs, newsroom.spec.mjs) ----

/** The host's address: another origin than the calculator's 127.0.0.1. */
export const HOST = "127.0.0.2";

/** Serves `pages` ({path: html}) from another origin; stopped after the test. */
export async function hostServer(pages) {
  const extraRoutes = Object.fromEntries(
    Object.entries(pages).map(([path, body]) => [path, { type: "text/html; charset=utf-8", body }]),
  );
  const root = mkdtempSync(join(tmpdir(), "embed-host-"));
  return startServer({ root, host: HOST, csp: false, extraRoutes });
}

/** An article page around some embed code. No favicon request: the icon is a data: URL. */
export const article = (code, extra = "") => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,">
<style>body { margin: 0 auto; max-width: 42rem; font: 18px/1.5 Georgia, serif; padding: 1rem; }</style>
</head><body>
<h1>Who can still afford a frontier model?</h1>
<p>Some paragraphs of an article, then the calculator:</p>
${code}
<p>The article goes on after the embed.</p>
${extra}
</body></html>`;

/** Opens the Embed dialog on the full page (at `query`), applies `choose` to it and returns its code. */
export async function codeFromDialog(page, choose = async () => {}, query = "v=1") {
  await openCalculator(page, query);
  await page.locator("[data-embed-open]").click();
  const dialog = page.getByRole("dialog", { name: "Embed this calculator" });
  await expect(dialog).toBeVisible();
  await choose(dialog);
  return dialog.locator("#embed-code").inputValue();
}

/** The iframe's height on the host page and the height of the content inside it. */
export async function heights(page, selector) {
  const iframe = page.locator(selector);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const content = await frame.evaluate(() =>
    Math.ceil(document.querySelector(".app").getBoundingClientRect().bottom + window.scrollY),
  );
  const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  return { content, outer, frame };
}

/** Waits until the iframe is as tall as its content, within 3 px; returns the heights. */
export async function settles(page, selector) {
  await expect
    .poll(async () => {
      const { content, outer } = await heights(page, selector);
      return Math.abs(content - outer);
    }, { timeout: 15_000 })
    .toBeLessThanOrEqual(3);
  return heights(page, selector);
}

/** Checks that the frame's page does not scroll inside the iframe. */
export async function noInnerScroll(frame) {
  const overflow = await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow).toBeLessThanOrEqual(3);
}

/** Records every request of the page, to check origins. */
export function recordRequests(page) {
  const requests = [];
  page.on("request", (request) => requests.push(request));
  return requests;
}
