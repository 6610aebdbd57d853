// One-click actions can be undone: Reset to preset, Remove and Edit (load) of a pinned scenario
// and Reset the ranges each add a browser-history entry (Back restores), show an Undo button
// for a few seconds in a polite status region without moving the panels, and Ctrl/Cmd+Z
// outside a text field undoes them. The address says the last edit at once when the page is
// hidden or left.
import { test, expect, openCalculator, outValue, setParam } from "./fixtures.mjs";

const search = (page) => new URL(page.url()).search;
const undo = (page) => page.locator(".undo-offer").getByRole("button", { name: "Undo" });

/** The top and height of each panel, to see that nothing moves. */
const layout = (page) =>
  page.$$eval(".layout, .panels, .results", (nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return [box.top, box.height];
    }),
  );

test("Reset to preset shows Undo, which brings the values back, and goes after a few seconds", async ({ page }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3");
  await setParam(page, "rent", "3");
  await setParam(page, "n", "4096");
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3&n=4096&rent=3");
  const edited = await outValue(page, "total");
  await expect(page.locator(".undo-offer")).toHaveAttribute("role", "status");
  await expect(undo(page)).toHaveCount(0);

  await page.getByRole("button", { name: /Reset to preset/ }).click();
  await expect(page.locator('[data-param="n"]')).not.toHaveValue("4,096");
  await expect(undo(page)).toBeVisible();
  await expect(page.locator(".undo-offer")).toContainText("Values reset to the preset.");
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3");

  await undo(page).click();
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3&n=4096&rent=3");
  expect(await outValue(page, "total")).toBe(edited);
  await expect(undo(page)).toHaveCount(0);

  // Another reset: the button leaves by itself after about six seconds, and neither its
  // coming nor its going moves the panels.
  await page.getByRole("button", { name: /Reset to preset/ }).click();
  await expect(undo(page)).toBeVisible();
  const shown = await layout(page);
  await page.waitForTimeout(4000);
  await expect(undo(page)).toBeVisible();
  await expect(undo(page)).toBeHidden({ timeout: 4000 });
  expect(await layout(page)).toEqual(shown);
  expect(await page.locator(".undo-offer").evaluate((node) => getComputedStyle(node).position)).toBe("fixed");
});

test("Back after Reset to preset restores the values", async ({ page }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3");
  await setParam(page, "n", "4096");
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3&n=4096");
  const edited = await outValue(page, "total");
  await page.getByRole("button", { name: /Reset to preset/ }).click();
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3");
  await page.goBack();
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3&n=4096");
  await expect(page.locator('[data-out="total"]')).toHaveAttribute("data-value", String(edited));
  await expect(page.locator('[data-param="n"]')).toHaveValue("4,096");
});

test("Ctrl+Z outside a text field undoes the reset; inside one it does not", async ({ page }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3");
  await setParam(page, "n", "4096");
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3&n=4096");
  await page.getByRole("button", { name: /Reset to preset/ }).click();
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3");

  // In a text field, Ctrl+Z is the field's own: the reset stays.
  const rent = page.locator('[data-param="rent"]');
  await rent.focus();
  await page.keyboard.press("Control+z");
  await page.waitForTimeout(400);
  expect(search(page)).toBe("?v=1&preset=deepseek-v3");
  await expect(undo(page)).toBeVisible();

  // Elsewhere (the page, a button), it undoes.
  await page.locator("h1").click();
  await page.keyboard.press("Control+z");
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3&n=4096");
  await expect(page.locator('[data-param="n"]')).toHaveValue("4,096");
  await expect(undo(page)).toHaveCount(0);
  // Nothing left to undo: a second Ctrl+Z changes nothing.
  await page.keyboard.press("Meta+z");
  await page.waitForTimeout(400);
  expect(search(page)).toBe("?v=1&preset=deepseek-v3&n=4096");
});

test("removing and loading a pinned scenario and resetting the ranges can be undone", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4");
  await page.getByRole("button", { name: "Pin this scenario" }).click();
  await setParam(page, "n", "100k");
  await page.getByRole("button", { name: "Pin this scenario" }).click();
  await setParam(page, "n", "50k");
  await expect(page.locator("[data-scenario]")).toHaveCount(2);
  await expect.poll(() => search(page)).toContain("n=5e4");
  const edited = search(page);

  await page.getByRole("button", { name: "Remove scenario A" }).click();
  await expect(page.locator("[data-scenario]")).toHaveCount(1);
  await expect(page.locator(".undo-offer")).toContainText("Pinned scenario removed.");
  await undo(page).click();
  await expect(page.locator("[data-scenario]")).toHaveCount(2);

  await page.getByRole("button", { name: /^Edit scenario A/ }).click();
  await expect(page.locator('[data-param="n"]')).not.toHaveValue("50,000");
  await undo(page).click();
  await expect(page.locator('[data-param="n"]')).toHaveValue("50,000");
  await expect.poll(() => search(page)).toBe(edited);

  await page.getByText("Ranges used").click();
  const low = page.locator('input[data-range="mfu-low"]');
  await low.fill("0.9");
  await expect.poll(() => search(page)).toContain("r.mfu=0.9~");
  await page.getByRole("button", { name: "Reset the ranges" }).click();
  await expect(low).toHaveValue("0.5");
  await undo(page).click();
  await expect(low).toHaveValue("0.9");
  await expect.poll(() => search(page)).toContain("r.mfu=0.9~");
});

test("in an embed the reset adds no history entry and Undo still works", async ({ page }) => {
  await openCalculator(page, "v=1&preset=deepseek-v3&embed=1&n=4096");
  const entries = await page.evaluate(() => history.length);
  const edited = await outValue(page, "total");
  await page.getByRole("button", { name: /Reset to preset/ }).click();
  await expect(page.locator('[data-param="n"]')).not.toHaveValue("4,096");
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await undo(page).click();
  await expect(page.locator('[data-out="total"]')).toHaveAttribute("data-value", String(edited));
});

for (const event of ["pagehide", "visibilitychange"]) {
  test(`the address says the last edit at once on ${event}`, async ({ page }) => {
    await openCalculator(page, "v=1&preset=gpt-4");
    // Two edits in a row: the first is written at once, the second waits for a quiet time
    // that the page leaving does not wait for.
    const said = await page.evaluate(async (event) => {
      const field = document.querySelector('input[data-param="n"]');
      const total = document.querySelector('[data-out="total"]');
      const edit = async (value) => {
        const before = total.dataset.value;
        field.value = value;
        field.dispatchEvent(new InputEvent("input", { bubbles: true }));
        // Until the page has rendered the edit, and run its effects.
        while (total.dataset.value === before) await new Promise((next) => setTimeout(next, 1));
        await new Promise((next) => setTimeout(next, 0));
      };
      await edit("4096");
      await edit("5000");
      const waiting = location.search;
      const target = event === "pagehide" ? window : document;
      target.dispatchEvent(new Event(event));
      return [waiting, location.search];
    }, event);
    expect(said).toEqual(["?v=1&preset=gpt-4&n=4096", "?v=1&preset=gpt-4&n=5e3"]);
  });
}

test("a reload right after an edit keeps the edit", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4");
  await page.locator('[data-param="n"]').fill("4096");
  await page.evaluate(() => location.reload());
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await expect(page.locator('[data-param="n"]')).toHaveValue("4,096");
  expect(search(page)).toBe("?v=1&preset=gpt-4&n=4096");
});
