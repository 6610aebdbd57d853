// Shared end-to-end fixtures: every test fails on a console error, an uncaught exception, a CSP
// violation or a request that leaves the calculator's origin; helpers to read results.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  /** Problems seen on the page; checked after every test. */
  problems: [
    async ({ page, baseURL }, use) => {
      const problems = [];
      const allowedOrigins = new Set([new URL(baseURL).origin]);
      // The page runs under a strict Content-Security-Policy: any violation is a failure.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol === "data:" || url.protocol === "blob:") return;
        if (!allowedOrigins.has(url.origin)) problems.push(`request to another origin: ${request.url()}`);
      });
      await use({ list: problems, allow: (origin) => allowedOrigins.add(origin) });
      expect(problems, "console errors, exceptions or foreign requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the calculator (with an optional query string) and waits until the app has rendered. */
export async function openCalculator(page, query = "") {
  await page.goto(query ? `./?${query.replace(/^\?/, "")}` : "./");
  await expect(page.locator('[data-out="total"]')).toBeVisible();
}

/** The raw number of a result. */
export async function outValue(page, name) {
  const value = await page.locator(`[data-out="${name}"]`).getAttribute("data-value");
  return Number(value);
}

/** Waits until the uncertainty band (simulated a moment after each change) is current. */
export async function settled(page) {
  await expect(page.locator(".band-pending, .band[aria-busy]")).toHaveCount(0);
}

/** Every data-out value on the page, by name, once the simulation has caught up. */
export async function allOutputs(page) {
  await settled(page);
  return page.$$eval("[data-out]", (nodes) =>
    Object.fromEntries(nodes.map((node) => [node.dataset.out, node.dataset.value])),
  );
}
