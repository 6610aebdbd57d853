// The on-demand module (src/later.rs, src/later_main.rs): the Embed dialog, the Share menu's
// panel, exports and chart images are not in the first load; the page fetches them on first use, once, and says so
// next to the control when they cannot load, the rest of the page untouched.
import { test, expect, openCalculator, outValue } from "./fixtures.mjs";

const LATER = /\/later-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

test("the first load fetches no part of the on-demand module; the first click fetches it once", async ({ page }) => {
  const fetched = [];
  page.on("request", (request) => {
    if (LATER.test(new URL(request.url()).pathname)) fetched.push(new URL(request.url()).pathname);
  });
  await openCalculator(page);
  await page.waitForLoadState("networkidle");
  expect(fetched, "nothing of the module before a reader asks").toEqual([]);
  await page.locator("[data-embed-open]").click();
  await expect(page.locator("dialog.embed-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("dialog.embed-dialog")).toHaveCount(0);
  await expect(page.locator("[data-embed-open]")).toBeFocused();
  // Again, and an export: the module is not fetched a second time.
  await page.locator("[data-embed-open]").click();
  await expect(page.locator("dialog.embed-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.locator("#export-menu > summary").click();
  const download = page.waitForEvent("download");
  await page.locator('[data-export="csv"]').click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  expect(fetched.filter((path) => path.endsWith(".js"))).toHaveLength(1);
  expect(fetched.filter((path) => path.endsWith(".wasm"))).toHaveLength(1);
});

test("the Share panel, drawn by the module inside the page's menu, handles its own keys and clicks", async ({ page }) => {
  await openCalculator(page, "preset=gpt-4");
  const toggle = page.locator('[data-share="toggle"]');
  await toggle.click();
  // Focus moves into the panel; its link is the page's.
  await expect(page.locator('[data-share="copy"]')).toBeFocused();
  await expect(page.locator("[data-share-link]")).toHaveValue(/preset=gpt-4/);
  // A click inside the panel (its Cite this) keeps it open; the page's click handler never
  // sees it as a click elsewhere.
  await page.locator(".cite summary").click();
  await expect(page.locator('[data-cite-text="apa"]')).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-share-link]")).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
});

test("the dialog follows the page's calculation and language, decoded by the module", async ({ page }) => {
  await openCalculator(page, "lang=zh&preset=gpt-4&n=30000");
  await page.locator("[data-embed-open]").click();
  const code = page.locator("#embed-code");
  await expect(code).toHaveValue(/preset=gpt-4/);
  await expect(code).toHaveValue(/n=3e4/);
  await expect(page.locator("#embed-title")).toHaveText("嵌入此计算器");
});

test("when the module cannot load, the control says so and the page keeps working", async ({ page, problems }) => {
  await page.route(LATER, (route) => route.fulfill({ status: 404, body: "" }));
  await openCalculator(page);
  await page.locator("[data-embed-open]").click();
  const status = page.locator("[data-embed-open] + .later-status");
  await expect(status).toHaveText(/could not load/);
  await expect(page.locator("dialog.embed-dialog")).toHaveCount(0);
  await page.locator('[data-share="toggle"]').click();
  await expect(page.locator("#share-panel")).toHaveText(/could not load/);
  await expect(page.locator("#share-panel")).toHaveAttribute("role", "alert");
  await page.locator('[data-share="toggle"]').click();
  await page.locator("#export-menu > summary").click();
  await page.locator('[data-export="csv"]').click();
  await expect(page.locator("[data-export-status]")).toHaveText(/could not load/);
  await expect(page.locator("[data-export-status]")).toHaveAttribute("role", "alert");
  // The calculator itself is untouched: an edit still updates the total.
  const before = await outValue(page, "total");
  await page.locator('[data-param="staff"]').fill("900");
  await page.keyboard.press("Tab");
  await expect.poll(() => outValue(page, "total")).not.toBe(before);
  // A later click tries again (the module answers this time).
  await page.unroute(LATER);
  await page.locator("[data-embed-open]").click();
  await expect(page.locator("dialog.embed-dialog")).toBeVisible();
  problems.expect(/status of 404/);
});
