// The method keys in the page (issue 14): a precision the accelerator lacks is refused beside
// its control and the value in force stays; a link asking for one gets a notice; a price that
// looks like a whole server's share per accelerator gets a hint naming the figures.
import { test, expect, openCalculator, outValue, setParam } from "./fixtures.mjs";

test("a precision the chip lacks is refused beside the control, and nothing changes", async ({ page }) => {
  await openCalculator(page, "?v=1&preset=gpt-4");
  const total = await outValue(page, "total");
  await setParam(page, "prec", "fp8");
  const error = page.locator('[data-param="prec"]').locator("xpath=ancestor::div[contains(@class,'field')][1]").locator(".field-error");
  await expect(error).toHaveText("The NVIDIA A100 SXM has no dense FP8 peak: it trains in BF16.");
  await expect(page.locator('[data-param="prec"]')).toHaveValue("bf16");
  expect(await outValue(page, "total")).toBe(total);
  // On a chip with FP8 the same choice is taken and the hours halve.
  await setParam(page, "chip", "h100");
  await expect(error).toHaveCount(0);
  const bf16Hours = Number(await outValue(page, "accel_hours_final"));
  await setParam(page, "prec", "fp8");
  await expect(page.locator('[data-param="prec"]')).toHaveValue("fp8");
  await expect
    .poll(async () => Number(await outValue(page, "accel_hours_final")) / bf16Hours)
    .toBeCloseTo(989.4 / 1978.9, 10);
});

test("a link with a precision the chip lacks keeps BF16 and says so", async ({ page }) => {
  await openCalculator(page, "?v=1&preset=gpt-4&prec=fp4");
  await expect(page.locator(".notices")).toContainText("prec");
  // The notice names the precisions the chip has.
  await expect(page.locator('.notices [data-notice-key="prec"]')).toContainText("The NVIDIA A100 SXM has no dense FP4 peak: it trains in BF16.");
  await expect(page.locator('[data-param="prec"]')).toHaveValue("bf16");
});

test("a price above the chip's own by more than half gets the server-share hint", async ({ page }) => {
  await openCalculator(page, "?v=1&preset=llama-3.1-405b");
  const hint = page.locator('[data-hint="price"]');
  await setParam(page, "price", "40000");
  await expect(hint).toHaveCount(0);
  await setParam(page, "price", "60000");
  await expect(hint).toContainText("$60,000");
  await expect(hint).toContainText("$30,000");
  await expect(hint).toContainText("1.2");
});

test("Epoch's method shows its own inputs and hides the accounting life", async ({ page }) => {
  await openCalculator(page, "?v=1&preset=llama-3.1-405b");
  await expect(page.locator('[data-param="life"]')).toHaveCount(1);
  await expect(page.locator('[data-param="prog"]')).toHaveCount(0);
  await setParam(page, "dep", "progress");
  await expect(page.locator('[data-param="life"]')).toHaveCount(0);
  await expect(page.locator('[data-param="prog"]')).toHaveValue("0.14");
  await expect(page.locator('[data-param="age"]')).toHaveValue("0.16427");
  await expect(page).toHaveURL(/dep=progress/);
});

test("the help of a chip's own figures explains the chip in force, with its sources", async ({ page }) => {
  await openCalculator(page, "v=2&preset=grok-3&chip=gb200");
  const help = page.locator("div.field-number").filter({ has: page.locator('input[data-param="price"]') }).locator("details.help");
  // Drawn once opened, not in the page's first render.
  await expect(help.locator(".help-body")).toHaveCount(0);
  await help.locator("summary").click();
  await expect(help.locator(".help-body")).toBeVisible();
  await expect(help.locator(".help-chip")).toContainText("NVL72");
  await expect(help.locator(".help-source")).toContainText("NVIDIA");
  await expect(help.locator(".help-source")).toContainText("as of");
});

test("a help opened before its English has loaded shows it once it arrives", async ({ page }) => {
  // The English of help and notes loads after the page has started: held back here.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/help-texts(-[0-9a-f]+)?\.txt$/, async (route) => {
    await held;
    await route.continue();
  });
  await openCalculator(page, "?v=1&preset=gpt-4");
  const help = page.locator("div.field-number").filter({ has: page.locator('input[data-param="price"]') }).locator("details.help");
  await help.locator("summary").click();
  // The help's explanation is deferred English: empty until the file arrives, then there.
  const explanation = help.locator(".help-body > p").first();
  await expect(help.locator(".help-body")).toBeVisible();
  await expect(explanation).toHaveText("");
  release();
  await expect(explanation).toContainText("accelerator");
});

test("a page that drew no help text before its English loaded shows it when opened later", async ({ page }) => {
  // A small embed's first render asks for none of the deferred English: the page is not drawn
  // again when it arrives, and a help opened afterwards reads it.
  const texts = page.waitForResponse(/help-texts(-[0-9a-f]+)?\.txt$/);
  await openCalculator(page, "?v=1&preset=gpt-4&embed=1&show=total&inputs=price");
  await texts;
  const help = page.locator("div.field-number").filter({ has: page.locator('input[data-param="price"]') }).locator("details.help");
  await help.locator("summary").click();
  await expect(help.locator(".help-body > p").first()).toContainText("accelerator");
});

test("the footer's list of sources is drawn once opened: every source with its date", async ({ page }) => {
  await openCalculator(page, "v=2");
  const sources = page.locator("details.all-sources");
  await expect(sources.locator("li")).toHaveCount(0);
  await sources.locator("summary").click();
  await expect(sources.locator("li").first()).toBeVisible();
  const items = await sources.locator("li").allInnerTexts();
  expect(items.length).toBeGreaterThan(20);
  for (const item of items) expect(item).toMatch(/as of/);
  // Closed and opened again, it is still there.
  await sources.locator("summary").click();
  await sources.locator("summary").click();
  await expect(sources.locator("li")).toHaveCount(items.length);
});
