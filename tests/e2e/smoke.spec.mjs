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

// The footer's "What changed" page: docs/changes.md rendered like the methodology, one section
// per schema version, under the same strict policy (the fixture fails on any foreign request).
test("the footer links to the page of what changed between versions", async ({ page }) => {
  await openCalculator(page);
  const link = page.locator('footer a[data-link="changes"]');
  await expect(link).toHaveAttribute("href", "changes.html");
  await link.click();
  await expect(page).toHaveURL(/changes\.html$/);
  await expect(page.locator("h1")).toHaveText("What changed between versions");
  const sections = page.locator("h2");
  await expect(sections.filter({ hasText: /^Version 2\b/ })).toHaveCount(1);
  await expect(sections.filter({ hasText: /^Version 1\b/ })).toHaveCount(1);
  // Version 2's corrected figures are stated, and the page is styled by the bundle alone.
  await expect(page.locator("main")).toContainText("$131.8B");
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
  expect(csp).toContain("script-src 'none'");
  expect(await page.locator('link[rel="stylesheet"]').getAttribute("href")).toMatch(/^\.\/styles-[0-9a-f]+\.css$/);
  await page.getByRole("link", { name: "← Back to the calculator" }).click();
  await expect(page.locator('[data-out="total"]')).toBeVisible();
});
