// The first thing a reader sees: the release page loads, renders and shows real numbers,
// with no console errors and no request leaving the page's origin (checked by the fixture).
import { test, expect, openCalculator, outValue } from "./fixtures.mjs";

test("the release page renders the calculator with formatted numbers", async ({ page }) => {
  await openCalculator(page);
  await expect(page.locator(".loading")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveText(/frontier AI model|前沿AI/);
  const total = page.locator('[data-out="total"] .out-text');
  await expect(total).toHaveText(/^(\$[\d.]+[KMBT]|[\d.]+(亿|万)美元)$/);
  const value = await outValue(page, "total");
  expect(Number.isFinite(value) && value > 1e6).toBe(true);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
});
