// A panic, end to end. The release build aborts on panic; the test build (target/dist-test,
// `trunk build --release --features test-hooks`) has two crash switches: `?__panic=1` panics
// just after start-up (as a link that crashes the app would) and `?__panic=input` in the event
// handler of the first edit. The shipping build (dist/) has no crash switch at all.
import { test, expect, openCalculator, outValue } from "./fixtures.mjs";

const TEST_PORT = Number(process.env.E2E_TEST_PORT || Number(process.env.E2E_PORT || 4173) + 1);
const TEST_BUILD = `http://127.0.0.1:${TEST_PORT}/`;
/** What a panic puts on the console and throws: expected in these tests. */
const PANIC = /panicked|__panic|unreachable|RuntimeError/;

/** Opens the test build with a query. */
async function openTestBuild(page, problems, query) {
  problems.allow(new URL(TEST_BUILD).origin);
  const response = await page.goto(`${TEST_BUILD}?${query}`);
  expect(response.ok(), "the test build is missing: trunk build --release --offline --features test-hooks --dist target/dist-test").toBe(true);
}

test("a panic shows a short message and a reload link, not a frozen page", async ({ page, problems }) => {
  await openTestBuild(page, problems, "__panic=1");
  const screen = page.locator("#panic-screen");
  await expect(screen).toBeVisible();
  await expect(screen).toHaveAttribute("role", "alert");
  await expect(screen.getByRole("link", { name: /Reload|重新加载/ })).toHaveAttribute("href", /__panic=1/);
  problems.expect(PANIC);
});

test("the shipping build has no crash switch: __panic in a link, as a key or inside a value, does nothing", async ({ page }) => {
  for (const query of ["__panic=1", "v=1&preset=gpt-4&__panic=1", "utm_source=a__panic=1b", "__panic=input"]) {
    await openCalculator(page, query);
    await page.waitForTimeout(300);
    await expect(page.locator("#panic-screen"), query).toHaveCount(0);
    const total = await outValue(page, "total");
    await page.locator('input[data-param="n"]').fill("12345");
    await expect(page.locator('[data-out="total"]'), query).not.toHaveAttribute("data-value", String(total));
    await expect(page.locator("#panic-screen"), query).toHaveCount(0);
  }
});
