// The deeper barrier panels (issue 19): the rules a run triggers, what a budget buys, when
// followers catch up, and carbon. Drawn by the on-demand module when the reader nears them;
// their numbers are the model's (`model::deeper`), pinned by the golden links.
import { readFileSync } from "node:fs";
import { test, expect, openCalculator, allOutputs, outValue, setParam } from "./fixtures.mjs";

const goldens = JSON.parse(readFileSync(new URL("../golden_links.json", import.meta.url), "utf8"));
const golden = (link) => goldens.find((entry) => entry.link === link);

/** Scrolls to the deeper panels and waits until the module has drawn them. */
async function openPanels(page) {
  await page.locator(".deeper-host").scrollIntoViewIfNeeded();
  await expect(page.locator('.deeper-host [data-out="cost_final_run_cloud"]').first()).toBeVisible({ timeout: 15_000 });
}

/** The deeper panels' numbers on the page, by their export names. */
async function deeperValues(page) {
  const all = await allOutputs(page);
  const names = Object.keys(golden("v=2&preset=grok-3&budget=1e9&halving=8&grid=world").deeper);
  return Object.fromEntries(Object.entries(all).filter(([name]) => names.some((n) => n.split(".")[0] === name.split(".")[0])));
}

function expectClose(actual, expected, what) {
  for (const [name, value] of Object.entries(expected)) {
    expect(actual[name], `${what}: ${name}`).toBeDefined();
    const got = Number(actual[name]);
    expect(Math.abs(got - value) <= 1e-9 * Math.abs(value), `${what}: ${name} = ${got}, expected ${value}`).toBe(true);
  }
}

for (const link of [
  "v=2&preset=grok-3&budget=1e9&halving=8&grid=world",
  "v=2&preset=gpt-4&budget=series-b&halving=6&grid=fr",
  "v=2&preset=deepseek-v3&budget=Meta-Year&halving=14&grid=us",
]) {
  test(`a link's deeper panels show the golden numbers: ${link}`, async ({ page }) => {
    await openCalculator(page, link);
    await openPanels(page);
    const values = await deeperValues(page);
    expectClose(values, golden(link).deeper, link);
    // Nothing the golden entry leaves out (a budget that buys no run) is shown as a number.
    for (const name of Object.keys(values)) expect(golden(link).deeper, name).toHaveProperty([name]);
  });
}

test("the panels follow the inputs, and the budget they are given goes into the link", async ({ page }) => {
  await openCalculator(page, "v=2&preset=grok-3");
  await openPanels(page);
  const before = await outValue(page, "cost_final_run_cloud");
  await setParam(page, "mfu", "20%");
  await expect.poll(() => outValue(page, "cost_final_run_cloud")).not.toBe(before);
  await setParam(page, "budget", "5e8");
  await page.locator('[data-param="budget"]').press("Enter");
  await expect.poll(() => new URL(page.url()).searchParams.get("budget")).toBe("5e8");
  const flop = await outValue(page, "budget_flop");
  expect(flop).toBeGreaterThan(0);
  // The same link in a fresh page gives the same answer.
  const url = page.url();
  const again = await page.context().newPage();
  await again.goto(url);
  await expect(again.locator("html[data-app=ready]")).toHaveCount(1, { timeout: 15_000 });
  await openPanels(again);
  expect(await outValue(again, "budget_flop")).toBe(flop);
  await again.close();
});

test("a budget that does not read is named next to its field, and the link keeps the last good one", async ({ page }) => {
  await openCalculator(page, "v=2&preset=grok-3&budget=series-b");
  await openPanels(page);
  const field = page.locator('input[data-param="budget"]');
  await field.fill("a lot");
  await field.press("Enter");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  // The first description is the message (the second, the field's help).
  const message = page.locator(`#${(await field.getAttribute("aria-describedby")).split(" ")[0]}`);
  await expect(message).toBeVisible();
  expect(new URL(page.url()).searchParams.get("budget")).toBe("series-b");
});

test("a budget below the fixed costs says how much they take", async ({ page }) => {
  await openCalculator(page, "v=2&preset=university-lab&budget=2e5");
  await openPanels(page);
  await expect(page.locator('[data-panel="budget"]')).toContainText(/fixed costs/);
  await expect(page.locator('[data-out="budget_flop"]')).toHaveCount(0);
});

test("an embed of the three panels shows them and loads them at once", async ({ page }) => {
  await page.goto("./?v=2&preset=grok-3&embed=1&show=rules~budget~catchup");
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1, { timeout: 15_000 });
  for (const panel of ["rules", "budget", "catchup"]) {
    await expect(page.locator(`[data-panel="${panel}"]`)).toBeVisible({ timeout: 15_000 });
  }
  await expect(page.locator('[data-out="total"]')).toHaveCount(0);
  expectClose(await deeperValues(page), golden("v=2&preset=grok-3&show=rules~budget~catchup&embed=1").deeper, "embed");
});

test("a link with bad deeper values names each, by its name, and keeps the defaults", async ({ page }) => {
  await page.goto("./?v=2&preset=startup&budget=lots&halving=30&grid=mars");
  await expect(page.locator("html[data-app=ready]")).toHaveCount(1, { timeout: 15_000 });
  const notices = page.locator("[data-notice]");
  for (const [key, name] of [["budget", "Budget"], ["halving", "Algorithmic halving time"], ["grid", "Electricity grid"]]) {
    await expect(notices.locator(`[data-notice-key="${key}"]`)).toContainText(name);
  }
  await openPanels(page);
  // The refused values leave the defaults: the same fields and numbers as the link without them.
  const plain = await page.context().newPage();
  await openCalculator(plain, "v=2&preset=startup");
  await openPanels(plain);
  for (const field of ['input[data-param="budget"]', 'input[data-param="halving"]', 'select[data-param="grid"]']) {
    await expect(page.locator(field)).toHaveValue(await plain.locator(field).inputValue());
  }
  await expect(page.locator('select[data-param="grid"]')).toHaveValue("world");
  expect(await deeperValues(page)).toEqual(await deeperValues(plain));
  await plain.close();
});
