// Uncertainty, sensitivity and scenarios as a reader uses them: the 90% band and the tornado
// render and follow the inputs, ranges can be edited, and pinned scenarios compare.
import { test, expect, openCalculator, openFresh, outValue, settled, shownText } from "./fixtures.mjs";

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
  // The table is drawn once the section has opened (its toggle event): every row there first.
  const ranges = page.locator("input[data-range]");
  await expect(ranges).toHaveCount(24);
  for (const input of await ranges.all()) {
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
  // A valid edit elsewhere leaves the refused box, its text and its message alone.
  const high = page.locator('input[data-range="mfu-high"]');
  const other = page.locator('input[data-range="exp-high"]');
  await other.fill("2");
  await other.dispatchEvent("change");
  await expect.poll(() => new URL(page.url()).search).toContain("r.exp=");
  await expect(low).toHaveValue("3");
  await expect(low).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#range-mfu-error")).toBeVisible();
  // Fixing the row clears the message and commits both ends.
  await low.fill("0.9");
  await low.dispatchEvent("change");
  await high.fill("1.2");
  await high.dispatchEvent("change");
  await expect(page.locator("#range-mfu-error")).toHaveCount(0);
  await expect(low).not.toHaveAttribute("aria-invalid", "true");
  await expect.poll(() => new URL(page.url()).search).toContain("r.mfu=0.9~1.2");
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
  await openCalculator(page, "v=1");
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

// ---------- The uncertainty settings and pinned scenarios travel in links ----------

/** The band's raw numbers as the page writes them (text, so that equality is exact). */
async function bandText(page) {
  await settled(page);
  const read = (name) => page.locator(`[data-out="${name}"]`).getAttribute("data-value");
  return { p5: await read("total_p5"), p50: await read("total_p50"), p95: await read("total_p95") };
}

/** The Share menu's link. */
async function sharedLink(page) {
  await page.getByRole("button", { name: "Share" }).click();
  const link = await page.locator("[data-share-link]").inputValue();
  await page.keyboard.press("Escape");
  return link;
}

const search = (page) => decodeURIComponent(new URL(page.url()).search);

test("a link with unc=0 opens without the band, and switching it off writes unc=0", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4&unc=0");
  await expect(page.locator('[data-param="unc"]')).not.toBeChecked();
  await expect(page.locator('[data-out="total_p50"]')).toHaveCount(0);
  await expect(page.locator("div.band, p.band, figure.distribution")).toHaveCount(0);
  await expect(page.locator(".uncertainty-panel")).toContainText("Uncertainty is off");
  // The tornado does not need the simulation: it stays.
  await expect(page.locator(".tornado-row").first()).toBeVisible();
  await page.locator('[data-param="unc"]').check();
  await expect(page.locator('[data-out="total_p50"]')).toHaveCount(1);
  await expect.poll(() => search(page)).toBe("?v=1&preset=gpt-4");
  await page.locator('[data-param="unc"]').uncheck();
  await expect.poll(() => search(page)).toBe("?v=1&preset=gpt-4&unc=0");
});

test("custom ranges reproduce exactly the same band in a fresh browser", async ({ page, browser, problems }) => {
  await openCalculator(page, "v=1&preset=frontier-2025");
  const before = await bandText(page);
  await page.getByText("Ranges used").click();
  for (const [box, value] of [["mfu-low", "0.3"], ["sal-high", "4"], ["price-low", "0.75"]]) {
    const input = page.locator(`input[data-range="${box}"]`);
    await input.fill(value);
    await input.dispatchEvent("change");
  }
  await expect.poll(() => search(page)).toBe("?v=1&preset=frontier-2025&r.mfu=0.3~1.5&r.price=0.75~2&r.sal=0.64~4");
  const band = await bandText(page);
  expect(band).not.toEqual(before);
  expect(Number(band.p95) - Number(band.p5)).toBeGreaterThan(Number(before.p95) - Number(before.p5));

  // The address and the Share menu's link, each opened afresh, give the very same numbers.
  for (const url of [page.url(), await sharedLink(page)]) {
    const fresh = await openFresh(browser, url, problems);
    expect(await bandText(fresh.page)).toEqual(band);
    await fresh.page.getByText("Ranges used").click();
    await expect(fresh.page.locator('input[data-range="mfu-low"]')).toHaveValue("0.3");
    await expect(fresh.page.locator('input[data-range="sal-high"]')).toHaveValue("4");
    await fresh.close();
  }
});

test("a comparison link restores every pinned scenario in a fresh browser", async ({ page, browser, problems }) => {
  await openCalculator(page, "v=1&preset=gpt-4");
  const name = page.locator("[data-scenario-name]");
  const pin = page.getByRole("button", { name: "Pin this scenario" });
  const names = ["Meta as published", "大集群 二号", "Start-up “rented” <b>&</b>"];
  await name.fill(names[0]);
  await pin.click();
  await page.locator('[data-param="n"]').fill("50k");
  await page.locator('[data-param="mode"] input[value="rent"]').check();
  await name.fill(names[1]);
  await pin.click();
  await page.selectOption('select[data-param="preset"]', "startup");
  await page.locator('[data-param="staff"]').fill("45");
  await name.fill(names[2]);
  await pin.click();
  await expect(page.locator("[data-scenario]")).toHaveCount(3);
  await expect.poll(() => search(page)).toContain("&s3=");
  const address = new URL(page.url()).search;
  expect(address).toContain("&s1=Meta_as_published~gpt-4&s2=.");
  expect(address).toMatch(/^[?A-Za-z0-9._~=&-]+$/);

  const comparison = async (p) => ({
    names: await p.locator(".scenario-name").allTextContents(),
    totals: await Promise.all([1, 2, 3].map((i) => p.locator(`[data-out="pinned${i}_total"]`).getAttribute("data-value"))),
    capitals: await Promise.all([1, 2, 3].map((i) => p.locator(`[data-out="pinned${i}_capital"]`).getAttribute("data-value"))),
    table: await shownText(p.locator(".compare-table")),
    total: await p.locator('[data-out="total"]').getAttribute("data-value"),
  });
  const seen = await comparison(page);
  expect(seen.names).toEqual(names);
  expect(new Set(seen.totals).size).toBe(3);
  expect(seen.table).toContain("50,000");

  for (const url of [page.url(), await sharedLink(page)]) {
    const fresh = await openFresh(browser, url, problems);
    await expect(fresh.page.locator("[data-scenario]")).toHaveCount(3);
    expect(await comparison(fresh.page)).toEqual(seen);
    // Names are text, never markup.
    expect(await fresh.page.locator(".scenario-name b").count()).toBe(0);
    await expect(fresh.page.locator("[data-notice]")).toHaveCount(0);
    await fresh.close();
  }
});
