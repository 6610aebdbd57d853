// Accessibility checks with axe-core (WCAG 2.2 A/AA rules) on the page as readers see it: light
// and dark, a phone and a desktop, with help and a bad entry open. Manual checks (keyboard,
// live region) are in calculator.spec.mjs.
import { createRequire } from "node:module";
import { test, expect, openCalculator, layOutWhole } from "./fixtures.mjs";

const axeSource = createRequire(import.meta.url)("axe-core").source;
// axe is injected as an inline script, which the page's CSP rightly forbids: only this test's
// browser context bypasses it.
test.use({ bypassCSP: true });

async function violations(page) {
  // Every section laid out (`fc-lazy` lays out those below the fold as they come near): axe
  // reads colours from what is drawn, and a section not drawn yet has none to read.
  await layOutWhole(page);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(0, 2).join(" ")}`),
  }));
}

for (const [width, scheme] of [
  [1280, "light"],
  [1280, "dark"],
  [320, "light"],
  [320, "dark"],
]) {
  test(`no WCAG A/AA violations at ${width} px, ${scheme}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await openCalculator(page);
    await expect(page.locator('[data-out="total_p50"]')).toBeVisible();
    // Open a help disclosure and make a bad entry, so their styles are checked too.
    await page.getByLabel("About Accelerators in the cluster", { exact: true }).click();
    await page.locator('[data-param="mfu"]').fill("250%");
    await expect(page.locator('[data-param="mfu"]')).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("details.help[open] .help-body")).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test("no WCAG A/AA violations in Chinese, renting, with scenarios pinned", async ({ page }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3&lang=zh");
  await page.locator("[data-scenario-name]").fill("甲");
  await page.locator(".pin-form button[type=submit]").click();
  await page.locator('[data-param="n"]').fill("4096");
  await page.locator(".pin-form button[type=submit]").click();
  await expect(page.locator("[data-scenario]")).toHaveCount(2);
  expect(await violations(page)).toEqual([]);
});

test("no WCAG A/AA violations with the Share menu and the Embed dialog open", async ({ page }) => {
  await openCalculator(page);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.locator("[data-share-link]")).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await page.locator("[data-embed-open]").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("no WCAG A/AA violations in an embed, results only, dark", async ({ page }) => {
  await openCalculator(page, "v=1&preset=frontier-2026&embed=1&plain=1&dark=true");
  expect(await violations(page)).toEqual([]);
});
