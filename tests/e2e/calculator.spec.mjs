// The calculator page as a reader uses it: editing parameters changes every result exactly as
// the model says, presets switch, buy/rent and build/colocation show the right controls, bad
// entries are explained, and the page fits 320, 768 and 1280 px screens.
import { readFileSync } from "node:fs";
import { test, expect, openCalculator, outValue, allOutputs, choosePreset, setParam, shownText, layOutWhole } from "./fixtures.mjs";
import { EXPECTATIONS } from "./global-setup.mjs";

const cases = JSON.parse(readFileSync(EXPECTATIONS, "utf8"));

function expectClose(actual, expected, name) {
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(Number(actual) - expected) / scale, `${name}: page ${actual}, model ${expected}`).toBeLessThan(1e-12);
}

for (const { name, query, preset, edits, outputs } of cases) {
  test(`every result as the model says: ${name}`, async ({ page }) => {
    await openCalculator(page, query);
    await choosePreset(page, preset);
    for (const [key, text] of edits) await setParam(page, key, text);
    // Results follow each edit at once: no waiting beyond the next render. (The browser's
    // powers and logarithms may differ from the native ones in the last digit.)
    await expect
      .poll(async () => Math.abs(Number(await outValue(page, "total")) / outputs.total - 1))
      .toBeLessThan(1e-12);
    const shown = await allOutputs(page);
    for (const [out, expected] of Object.entries(outputs)) {
      expect(shown[out], `data-out="${out}" is on the page`).toBeDefined();
      expectClose(shown[out], expected, out);
    }
  });
}

test("buy and rent show the right controls and keep hidden values", async ({ page }) => {
  await openCalculator(page, "v=1");
  const visible = async (key) => (await page.locator(`[data-param="${key}"]`).count()) > 0;
  await setParam(page, "price", "25000");
  expect(await visible("rent")).toBe(false);
  for (const key of ["price", "sys", "life", "kwh", "dc", "mw", "dclife"]) expect(await visible(key), key).toBe(true);
  await expect(page.locator('[data-out="cost_energy"]')).not.toHaveAttribute("data-value", "0");

  await setParam(page, "mode", "rent");
  expect(await visible("rent")).toBe(true);
  for (const key of ["price", "sys", "life", "kwh", "dc", "mw", "dclife", "colo"]) expect(await visible(key), key).toBe(false);
  await expect(page.locator('[data-out="cost_energy"]')).toHaveAttribute("data-value", "0");
  await expect(page.locator('[data-out="cost_facility"]')).toHaveAttribute("data-value", "0");
  expect(await outValue(page, "capital")).toBe(await outValue(page, "total"));

  await setParam(page, "mode", "buy");
  await expect(page.locator('[data-param="price"]')).toHaveValue("25,000");

  await setParam(page, "dc", "colo");
  expect(await visible("colo")).toBe(true);
  expect(await visible("mw")).toBe(false);
  expect(await visible("dclife")).toBe(false);
});

test("presets switch, changes are marked and reset", async ({ page }) => {
  await openCalculator(page, "v=1");
  const llama = await outValue(page, "total");
  await choosePreset(page, "deepseek-v3");
  await expect(page.locator('[data-out="cost_final_run"]')).toHaveAttribute("data-value", "5576000");
  await expect(page.locator(".changed-count")).toHaveAttribute("data-changed-count", "0");
  await setParam(page, "rent", "3");
  await expect(page.locator(".changed-count")).toHaveAttribute("data-changed-count", "1");
  await expect(page.locator('.field.is-changed [data-param="rent"]')).toHaveCount(1);
  await page.getByRole("button", { name: /Reset to preset/ }).click();
  await expect(page.locator('[data-out="cost_final_run"]')).toHaveAttribute("data-value", "5576000");
  await choosePreset(page, "llama-3.1-405b");
  expect(await outValue(page, "total")).toBe(llama);
});

test("a bad entry is explained next to the field and the results stay", async ({ page }) => {
  await openCalculator(page, "v=1");
  // The simulation arrives a moment after load: take the snapshot once it is there.
  await expect(page.locator('[data-out="total_p50"]')).toBeVisible();
  const before = await allOutputs(page);
  const field = page.locator('[data-param="n"]');
  await field.fill("lots");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const messageId = await field.getAttribute("aria-describedby");
  const message = page.locator(`#${messageId}`);
  await expect(message).toContainText("“lots”");
  await expect(message).toContainText("16,384");
  expect(await allOutputs(page)).toEqual(before);
  await field.fill("-5");
  await expect(message).toContainText("between 1 and 10,000,000");
  await field.press("Escape");
  await expect(field).toHaveValue("16,384");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  const text = await shownText(page.locator("body"));
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
});

test("sliders, help and exact values work from the keyboard", async ({ page }) => {
  await openCalculator(page, "v=1");
  const before = await outValue(page, "total");
  const slider = page.getByRole("slider", { name: /Accelerators in the cluster/ });
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.locator('[data-out="total"]')).not.toHaveAttribute("data-value", String(before));
  const help = page.getByLabel("About Accelerators in the cluster", { exact: true });
  await help.focus();
  await page.keyboard.press("Enter");
  await expect(help.locator("xpath=..")).toHaveAttribute("open", "");
  await expect(help.locator("xpath=..")).toContainText("Meta");
  const total = page.locator('[data-out="total"]');
  await total.focus();
  await expect(total.locator(".out-exact")).toBeVisible();
  await expect(total.locator(".out-exact")).toContainText(/Exactly \$[\d,]+/);
});

test("one polite live region summarises after a pause", async ({ page }) => {
  await openCalculator(page);
  const live = page.locator('[role="status"][aria-live="polite"][data-live-summary]');
  await expect(live).toHaveCount(1);
  await page.locator('[data-param="staff"]').fill("900");
  await expect(live).toContainText(/Total development cost \$[\d.]+[MB]/, { timeout: 4000 });
});

for (const width of [320, 768, 1280]) {
  test(`no horizontal scrolling at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await openCalculator(page);
    await layOutWhole(page);
    for (const preset of ["llama-3.1-405b", "deepseek-v3"]) {
      await choosePreset(page, preset);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${preset} at ${width}px`).toBeLessThanOrEqual(0);
    }
    // The embed has a narrower padding; its full-width bars must follow it.
    await openCalculator(page, "v=1&preset=llama-3.1-405b&embed=1");
    await expect(page.locator(".app.is-embed")).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `embed at ${width}px`).toBeLessThanOrEqual(0);
  });
}

test("light and dark themes follow the reader's setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openCalculator(page);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
  expect(luminance(dark)).toBeLessThan(150);
  expect(luminance(light)).toBeGreaterThan(600);
});
