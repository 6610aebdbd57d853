// Uncertainty, sensitivity and scenarios as a reader uses them: the 90% band and the tornado
// render and follow the inputs, ranges can be edited, and pinned scenarios compare.
import { test, expect, openCalculator, outValue } from "./fixtures.mjs";

async function band(page) {
  return {
    p5: await outValue(page, "total_p5"),
    p50: await outValue(page, "total_p50"),
    p95: await outValue(page, "total_p95"),
  };
}

test("the 90% band renders and follows the inputs", async ({ page }) => {
  await openCalculator(page);
  await expect(page.locator('[data-out="total_p50"]')).toBeVisible();
  const before = await band(page);
  expect(before.p5).toBeLessThan(before.p50);
  expect(before.p50).toBeLessThan(before.p95);
  const total = await outValue(page, "total");
  expect(before.p5).toBeLessThan(total);
  expect(before.p95).toBeGreaterThan(total);
  await page.locator('[data-param="staff"]').fill("3000");
  await expect(page.locator('[data-out="total_p50"]')).not.toHaveAttribute("data-value", String(before.p50));
  const after = await band(page);
  expect(after.p50).toBeGreaterThan(before.p50);
  // The distribution chart has a text alternative naming the interval.
  await expect(page.locator("#distribution-desc")).toContainText("90%");
});

test("collapsing every range gives the deterministic total", async ({ page }) => {
  await openCalculator(page);
  await page.getByText("Ranges used").click();
  for (const input of await page.locator("input[data-range]").all()) {
    await input.fill("1");
    await input.dispatchEvent("change");
  }
  const total = await outValue(page, "total");
  await expect(page.locator('[data-out="total_p5"]')).toHaveAttribute("data-value", String(total));
  await expect(page.locator('[data-out="total_p95"]')).toHaveAttribute("data-value", String(total));
  await expect(page.locator(".tornado")).toContainText("None of the uncertain values");
});

test("an impossible range is refused with a message", async ({ page }) => {
  await openCalculator(page);
  await page.getByText("Ranges used").click();
  const low = page.locator('input[data-range="mfu-low"]');
  await low.fill("3");
  await low.dispatchEvent("change");
  await expect(low).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#range-mfu-error")).toContainText("0 < low ≤ 1 ≤ high");
});

test("the tornado names the biggest driver and follows the inputs", async ({ page }) => {
  await openCalculator(page);
  const rows = page.locator(".tornado-row");
  await expect(rows).toHaveCount(8);
  await expect(page.locator(".tornado .lead-sentence")).toContainText("The biggest driver is");
  // Renting: the purchase price no longer matters, the cloud price does.
  await page.locator('[data-param="mode"] input[value="rent"]').check();
  await expect(page.locator('.tornado-row[data-tornado-key="price"]')).toHaveCount(0);
  await expect(page.locator('.tornado-row[data-tornado-key="rent"]')).toHaveCount(1);
});

test("switching the uncertainty off hides the band", async ({ page }) => {
  await openCalculator(page);
  await page.locator('[data-param="unc"]').uncheck();
  await expect(page.locator('[data-out="total_p50"]')).toHaveCount(0);
  await page.locator('[data-param="unc"]').check();
  await expect(page.locator('[data-out="total_p50"]')).toHaveCount(1);
});

test("pinned scenarios are compared side by side", async ({ page }) => {
  await openCalculator(page);
  const name = page.locator("[data-scenario-name]");
  await name.fill("Meta as published");
  await page.getByRole("button", { name: "Pin this scenario" }).click();
  const first = await outValue(page, "total");
  await page.locator('[data-param="n"]').fill("100k");
  await page.getByRole("button", { name: "Pin this scenario" }).click();
  await expect(page.locator("[data-scenario]")).toHaveCount(2);
  expect(await outValue(page, "pinned1_total")).toBe(first);
  expect(await outValue(page, "pinned2_total")).toBeGreaterThan(first);
  const table = page.locator(".compare-table");
  await expect(table).toContainText("Meta as published");
  await expect(table).toContainText("Accelerators in the cluster");
  await expect(table).toContainText("100,000");
  await page.getByRole("button", { name: "Edit scenario Meta as published (make it the current one)" }).click();
  expect(await outValue(page, "total")).toBe(first);
  await page.getByRole("button", { name: "Remove scenario A" }).click();
  await expect(page.locator("[data-scenario]")).toHaveCount(1);
});
