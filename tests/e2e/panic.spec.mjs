// A panic, end to end. The release build aborts on panic; the test build (target/dist-test,
// `trunk build --release --features test-hooks`) has two crash switches: `?__panic=1` panics
// just after start-up (as a link that crashes the app would) and `?__panic=input` in the event
// handler of the first edit. The app must stop visibly (inert, dimmed, every result marked),
// the message must be where the reader is (also in a self-sizing embed thousands of pixels
// tall, where only the host scrolls), and nothing may loop. The shipping build (dist/) has no
// crash switch at all.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, openCalculator, outValue } from "./fixtures.mjs";
import { startServer } from "../../scripts/static-server.mjs";

const TEST_PORT = Number(process.env.E2E_TEST_PORT || Number(process.env.E2E_PORT || 4173) + 1);
const TEST_BUILD = `http://127.0.0.1:${TEST_PORT}/`;
/** What a panic puts on the console and throws: expected in these tests. */
const PANIC = /panicked|__panic|unreachable|RuntimeError/;
/** A number field far down the inputs. */
const LAST_FIELD = "input[data-param][inputmode]";

/** Opens the test build with a query. */
async function openTestBuild(page, problems, query) {
  problems.allow(new URL(TEST_BUILD).origin);
  const response = await page.goto(`${TEST_BUILD}?${query}`);
  expect(response.ok(), "the test build is missing: trunk build --release --offline --features test-hooks --dist target/dist-test").toBe(true);
}

/** The app has stopped: inert, dimmed, every result marked, no field takes focus. */
async function expectStopped(scope) {
  const state = await scope.locator("#app").evaluate((app) => {
    const field = app.querySelector("input[data-param]");
    field.focus();
    return {
      inert: app.inert,
      dimmed: app.classList.contains("is-stopped") && Number(getComputedStyle(app).opacity) < 1,
      results: document.querySelectorAll("[data-out]").length > 5,
      unmarked: document.querySelectorAll("[data-out]:not([data-stopped])").length,
      struck: getComputedStyle(document.querySelector("[data-out]")).textDecorationLine,
      fieldFocusable: document.activeElement === field,
    };
  });
  expect(state).toEqual({ inert: true, dimmed: true, results: true, unmarked: 0, struck: "line-through", fieldFocusable: false });
}

/** The whole message is inside the browser window (the top-level viewport). */
async function expectInView(page, locator) {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  expect(box.y, "message below the top of the window").toBeGreaterThanOrEqual(0);
  // (Scrolled into view, it may end a fraction of a pixel lower.)
  expect(box.y + box.height, "message above the bottom of the window").toBeLessThanOrEqual(view.height + 1);
}

test("a panic at start-up stops the app visibly; Start again comes first and nothing reloads", async ({ page, problems }) => {
  const navigations = [];
  page.on("framenavigated", (frame) => frame === page.mainFrame() && navigations.push(frame.url()));
  await openTestBuild(page, problems, "v=1&preset=gpt-4&__panic=1");
  const screen = page.getByRole("alertdialog", { name: "Something went wrong" });
  await expect(screen).toBeVisible();
  await expect(screen).toHaveAccessibleDescription(/no longer updated/);
  await expectStopped(page);
  await expectInView(page, screen);
  // The link itself caused it: reloading it would panic again, so Start again is the way out.
  const links = screen.getByRole("link");
  await expect(links).toHaveText(["Start again", "Reload"]);
  await expect(links.first()).toHaveClass(/button-primary/);
  await expect(links.first()).toHaveAttribute("href", TEST_BUILD);
  await expect(links.nth(1)).toHaveAttribute("href", /__panic=1/);
  await page.waitForTimeout(1000);
  expect(navigations, "nothing reloads by itself").toHaveLength(1);
  problems.expect(PANIC);
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`^${TEST_BUILD}(\\?(?!.*__panic).*)?$`));
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.locator("#panic-screen")).toHaveCount(0);
});

test("a panic in an event handler: the message where the reader was editing, Reload first and focused", async ({ page, problems }) => {
  await openTestBuild(page, problems, "__panic=input");
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await page.waitForTimeout(300);
  await expect(page.locator("#panic-screen")).toHaveCount(0);
  const field = page.locator(LAST_FIELD).last();
  await field.fill("7");
  const screen = page.getByRole("alertdialog", { name: "Something went wrong" });
  await expect(screen).toBeVisible();
  await expectStopped(page);
  await expectInView(page, screen);
  const links = screen.getByRole("link");
  await expect(links).toHaveText(["Reload", "Start again"]);
  await expect(links.first()).toHaveClass(/button-primary/);
  await expect(links.first()).toBeFocused();
  problems.expect(PANIC);
});

test("in a self-sizing embed thousands of pixels tall, the message is where the reader is", async ({ page, problems }) => {
  const root = mkdtempSync(join(tmpdir(), "panic-host-"));
  const code = `<iframe src="${TEST_BUILD}?embed=1&amp;inputs=all&amp;__panic=input" title="calculator"
    style="width:100%;height:560px;border:0" data-frontier-cost></iframe>
    <script src="${TEST_BUILD}embed.js" async></script>`;
  const article = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
    <link rel="icon" href="data:,"></head><body><h1>An article</h1><p>Paragraphs, then the calculator:</p>
    ${code}<p>The article goes on.</p></body></html>`;
  const host = await startServer({ root, host: "127.0.0.2", csp: false, extraRoutes: { "/article.html": { type: "text/html; charset=utf-8", body: article } } });
  try {
    problems.allow(new URL(host.url).origin);
    problems.allow(new URL(TEST_BUILD).origin);
    await page.goto(`${host.url}article.html`);
    const iframe = page.locator("iframe");
    await expect.poll(() => iframe.evaluate((frame) => frame.offsetHeight), { timeout: 15_000 }).toBeGreaterThan(2000);
    const frame = page.frameLocator("iframe");
    // Far down the frame: the host page scrolls to the field.
    await frame.locator(LAST_FIELD).last().fill("7");
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
    const screen = frame.getByRole("alertdialog", { name: "Something went wrong" });
    await expect(screen).toBeVisible();
    await expectStopped(frame);
    await expectInView(page, screen);
    await expect(screen.getByRole("link").first()).toBeFocused();
    // Inside the content: the frame needs no new height for it.
    const bottom = await screen.evaluate((node) => node.getBoundingClientRect().bottom + scrollY);
    expect(bottom).toBeLessThanOrEqual(await iframe.evaluate((frame) => frame.offsetHeight));
    problems.expect(PANIC);
  } finally {
    host.server.close();
  }
});

test("the shipping build has no crash switch: __panic in a link, as a key or inside a value, does nothing", async ({ page }) => {
  for (const query of ["__panic=1", "v=1&preset=gpt-4&__panic=1", "utm_source=a__panic=1b", "__panic=input"]) {
    await openCalculator(page, query);
    await page.waitForTimeout(300);
    await expect(page.locator("#panic-screen"), query).toHaveCount(0);
    const total = await outValue(page, "total");
    // Utilisation changes the total in every version (under version 2's time basis the
    // cluster's size alone does not).
    await page.locator('input[data-param="mfu"]').fill("37.7%");
    await expect(page.locator('[data-out="total"]'), query).not.toHaveAttribute("data-value", String(total));
    await expect(page.locator("#panic-screen"), query).toHaveCount(0);
  }
});
