// Barrier-to-entry indicators: the level, verdict, ladder, access figures and trajectory follow
// the inputs and presets, and the charts carry text alternatives.
import { test, expect, openCalculator, outValue, allOutputs, choosePreset, appReady, layOutWhole } from "./fixtures.mjs";

const BARRIER_OUTPUTS = [
  "barrier_level",
  "ladder_fundable_count",
  "accelerators_vs_meta_fleet",
  "accelerators_vs_university",
  "power_vs_100k_cluster",
  "licence_share_of_data",
  "licence_deals",
  "programme_months",
  "trajectory_5y",
  "trajectory_beyond_year",
];

test("every barrier output is on the page once, with a finite value", async ({ page }) => {
  // Version 1's default preset has a data cost, so every indicator has a number.
  await openCalculator(page, "v=1");
  for (const name of BARRIER_OUTPUTS) {
    await expect(page.locator(`[data-out="${name}"]`), name).toHaveCount(1);
  }
  const outputs = await allOutputs(page);
  for (const name of BARRIER_OUTPUTS) {
    expect(Number.isFinite(Number(outputs[name])), `${name}=${outputs[name]}`).toBe(true);
  }
  const level = await outValue(page, "barrier_level");
  expect(Number.isInteger(level) && level >= 0 && level <= 4).toBe(true);
  // Nothing reads NaN or Infinity anywhere in the analysis.
  await expect(page.locator(".analysis")).not.toContainText(/NaN|Infinity|undefined/);
  await expect(page.locator(".verdict")).not.toContainText(/NaN|Infinity|undefined|\{\d\}/);
});

test("a much bigger cluster raises the barrier level", async ({ page }) => {
  await openCalculator(page);
  const before = await outValue(page, "barrier_level");
  const fleetBefore = await outValue(page, "accelerators_vs_meta_fleet");
  await page.locator("input[data-param=n]").fill("2M");
  await expect.poll(() => outValue(page, "barrier_level")).toBeGreaterThan(before);
  expect(await outValue(page, "barrier_level")).toBe(4);
  expect(await outValue(page, "accelerators_vs_meta_fleet")).toBeGreaterThan(fleetBefore);
  expect(await outValue(page, "ladder_fundable_count")).toBe(0);
  await expect(page.locator(".verdict-text")).toContainText("beyond any single company");
  // The scale marks the same step as the level.
  await expect(page.locator(".scale-step.is-current .scale-index")).toHaveText("4");
  await expect(page.locator(".scale-step[aria-current=step]")).toHaveCount(1);
});

test("the university-lab preset is open to start-ups or well-funded ones", async ({ page }) => {
  await openCalculator(page);
  await choosePreset(page, "university-lab");
  const level = await outValue(page, "barrier_level");
  expect([0, 1]).toContain(level);
  expect(await outValue(page, "ladder_fundable_count")).toBeGreaterThanOrEqual(5);
  await expect(page.locator(".scale-step.is-current .scale-index")).toHaveText(String(level));
});

test("the frontier-2026 preset is for hyperscalers or beyond", async ({ page }) => {
  // Version 1's scale and preset (version 2's scale is wider: its level 3 ends at $131.8B).
  await openCalculator(page, "v=1");
  await choosePreset(page, "frontier-2026");
  const level = await outValue(page, "barrier_level");
  expect([3, 4]).toContain(level);
  expect(await outValue(page, "ladder_fundable_count")).toBeLessThanOrEqual(4);
  // Six News-Corp-size deals: $300M a year of licences.
  expect(await outValue(page, "licence_deals")).toBe(6);
  await expect(page.locator(".verdict-text")).toContainText(/Microsoft|Amazon|Alphabet/);
});

test("the ladder and the trajectory are charts with text alternatives", async ({ page }) => {
  // Version 1's ladder of 14 budgets and its trajectory (version 2's are checked below).
  await openCalculator(page, "v=1&preset=gpt-4");
  for (const selector of [".ladder-svg", ".trajectory-svg"]) {
    const chart = page.locator(`svg${selector}[role=img]`);
    await expect(chart).toHaveCount(1);
    const ids = (await chart.getAttribute("aria-labelledby")).split(" ");
    for (const id of ids) {
      const text = await page.locator(`#${id}`).textContent();
      expect(text.trim().length, `${selector} #${id}`).toBeGreaterThan(5);
    }
  }
  // One bar per reference budget; those that could fund it carry a ✓ as well as a colour.
  const bars = page.locator(".ladder-svg rect.rung-bar");
  expect(await bars.count()).toBe(14);
  const funds = await page.locator(".ladder-svg rect.rung-funds").count();
  expect(await page.locator(".ladder-svg .rung-mark").count()).toBe(funds);
  // The text version lists every budget with a ratio sentence.
  await page.locator(".ladder-details summary").click();
  await expect(page.locator(".ladder-item")).toHaveCount(14);
  await expect(page.locator(".ladder-item-ratio").first()).toContainText(/×|%|about the same/);
  // The trajectory table has the published figures, the scenario and five projected years.
  await expect(page.locator(".trajectory-table tbody tr")).toHaveCount(3 + 1 + 5);
});

test("version 1's trajectory projection follows the total", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4");
  const total = await outValue(page, "total");
  const fiveYears = await outValue(page, "trajectory_5y");
  expect(fiveYears / total).toBeCloseTo(2.4 ** 5, 6);
  await page.locator("input[data-param=staff]").fill("3000");
  await expect.poll(() => outValue(page, "total")).toBeGreaterThan(total);
  const newTotal = await outValue(page, "total");
  expect((await outValue(page, "trajectory_5y")) / newTotal).toBeCloseTo(2.4 ** 5, 6);
});

test("the barrier panels speak Chinese and fit a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openCalculator(page);
  await layOutWhole(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await overflow()).toBeLessThanOrEqual(320);
  await page.locator("select[data-param=lang]").selectOption("zh");
  await expect(page.locator(".analysis-title")).toHaveText("谁还负担得起？");
  await expect(page.locator(".verdict-text")).toContainText("所需资本");
  await expect(page.locator(".verdict-text")).toContainText("个参照预算");
  await page.locator(".ladder-details summary").click();
  await expect(page.locator(".ladder-item-ratio").first()).toContainText("所需资本");
  expect(await overflow()).toBeLessThanOrEqual(320);
});

test("version 2's ladder has its 18 budgets and says capital required is not capex", async ({ page }) => {
  await openCalculator(page, "v=2");
  await expect(page.locator(".ladder-svg rect.rung-bar")).toHaveCount(18);
  await expect(page.locator(".ladder-capex-note")).toContainText("capital required includes the team, data and energy");
  await page.locator(".ladder-details summary").click();
  await expect(page.locator(".ladder-item")).toHaveCount(18);
  for (const label of ["Largest private AI round", "Big Tech four, 2026 guidance", "Mistral AI’s Series C"]) {
    await expect(page.locator(".ladder-item-name").filter({ hasText: label })).toHaveCount(1);
  }
  await page.locator("select[data-param=lang]").selectOption("zh");
  await expect(page.locator(".ladder-capex-note")).toContainText("所需资本包括团队、数据和能源");
});

test("version 2's trajectory grows the final run and draws Epoch AI's estimates on one basis", async ({ page }) => {
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url())));
  await openCalculator(page, "v=2&preset=llama-3.1-405b");
  const finalRun = await outValue(page, "cost_final_run");
  expect((await outValue(page, "trajectory_5y")) / finalRun).toBeCloseTo(2.4 ** 5, 6);
  const plot = page.locator("#trajectory-chart");
  // The data file arrives and gives every model with an amortised estimate a named point.
  const points = page.locator(".trajectory-v2 circle.epoch-point");
  await expect(points).toHaveCount(82);
  await expect(points.first()).toHaveAccessibleName(/Inception v3.*FLOP.*2023 US dollars/);
  await expect(page.locator(".trajectory-closest li")).toHaveCount(10);
  await expect(page.locator(".trajectory-closest li").first()).toContainText("Llama 3.1-405B");
  // Quotes are diamonds of their own, named as quotes.
  await expect(page.locator(".trajectory-v2 svg.quote")).toHaveCount(3);
  await expect(page.locator(".trajectory-v2 svg.quote").first()).toHaveAccessibleName(/^Quote: /);
  // Keyboard: a point takes the focus.
  await points.nth(40).focus();
  await expect(points.nth(40)).toBeFocused();
  // The toggle switches the basis: only the 35 models with a cloud estimate, no projection.
  const toggle = page.locator('[data-toggle="trajectory-basis"]');
  await expect(plot).toHaveAttribute("data-basis", "amortised");
  await expect(page.locator(".trajectory-v2 .band")).toHaveCount(1);
  const url = page.url();
  await toggle.locator('button[data-basis="cloud"]').click();
  await expect(plot).toHaveAttribute("data-basis", "cloud");
  await expect(toggle.locator('button[data-basis="cloud"]')).toHaveAttribute("aria-pressed", "true");
  await expect(points).toHaveCount(35);
  await expect(page.locator(".trajectory-v2 .band")).toHaveCount(0);
  // View state: the link does not change.
  expect(page.url()).toBe(url);
  // The total is beside, as a number.
  await expect(page.locator(".trajectory-total")).toContainText(/\$/);
  // Nothing but the page's own origin.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => u.origin !== origin && u.protocol !== "data:" && u.protocol !== "blob:")).toEqual([]);
  expect(requests.some((u) => /epoch-points-[0-9a-f]{16}\.tsv$/.test(u.pathname))).toBe(true);
});

test("the ladder's list, its sources and the preset's sources are drawn once opened; without JavaScript they are in the page, the budgets' sources through the page of every source", async ({ page, browser, baseURL }) => {
  await page.goto("./gpt-4/");
  await appReady(page);
  // Not in the page's first render (about 190 elements and the English they need).
  for (const selector of [".ladder-details", ".barrier-sources", ".preset-sources"]) {
    await expect(page.locator(`details${selector} li`)).toHaveCount(0);
  }
  await page.locator(".preset-sources summary").click();
  await expect(page.locator(".preset-sources li").first()).toContainText("Epoch AI");
  await page.locator(".barrier-sources summary").click();
  await expect(page.locator(".barrier-sources li").first()).toBeVisible();
  // One opening draws the ladder's list and its sources.
  const rungs = await page.locator(".ladder-svg rect.rung-bar").count();
  expect(rungs).toBeGreaterThan(10);
  await expect(page.locator(".ladder-item")).toHaveCount(rungs);
  // Closed, and the list opened: the same list, drawn once.
  await page.locator(".barrier-sources summary").click();
  await page.locator(".ladder-details summary").click();
  await expect(page.locator(".ladder-item")).toHaveCount(rungs);
  await expect(page.locator(".ladder-item").first()).toBeVisible();
  // The pre-rendered page has the lists, closed, for readers the app never reaches.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto(`${baseURL}gpt-4/`);
  await expect(still.locator(".ladder-details .ladder-item")).toHaveCount(rungs);
  expect(await still.locator(".preset-sources li").count()).toBe(await page.locator(".preset-sources li").count());
  expect(await still.locator("details[open]").count()).toBe(0);
  // The budgets' sources: a link to the page of every source, which lists each the app shows.
  const shown = (await page.locator(".barrier-sources li").allTextContents()).map(words);
  expect(shown.length).toBeGreaterThan(10);
  await expect(still.locator(".barrier-sources li")).toHaveCount(0);
  await still.locator(".barrier-sources summary").click();
  await still.locator(".barrier-sources a").click();
  await expect(still).toHaveURL(`${baseURL}sources.html`);
  const listed = (await still.locator("li").allTextContents()).map(words);
  for (const source of shown) expect(listed).toContain(source);
  await context.close();
});

/** A text with its white space as one space each: the same words wherever they are laid out. */
function words(text) {
  return text.replace(/\s+/g, " ").trim();
}
