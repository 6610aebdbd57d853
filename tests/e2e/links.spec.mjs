// Share links: a state changed through the page comes back identical from the address and
// from the Share menu; Back returns to the previous preset; bad links say what they replaced;
// nothing from a link becomes markup; shared links point to the calculator, not its host.
import { test, expect, openCalculator, openFresh, snapshot } from "./fixtures.mjs";

/** What a link shows when opened in a fresh browser. */
async function freshSnapshot(browser, url, problems) {
  const fresh = await openFresh(browser, url, problems);
  const seen = await snapshot(fresh.page);
  await fresh.close();
  return seen;
}

const search = (page) => new URL(page.url()).search;

test("a changed state comes back identical from the address and from the Share menu", async ({
  page,
  context,
  browser,
  baseURL,
  problems,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
  await openCalculator(page, "v=1&preset=frontier-2025");
  await page.fill('input[data-param="n"]', "32k");
  await page.selectOption('select[data-param="chip"]', "b200");
  await page.fill('input[data-param="mfu"]', "42%");
  await page.fill('input[data-param="flop"]', "");
  await page.locator('[data-param="dc"] label', { hasText: "Colocation" }).click();
  await page.fill('input[data-param="colo"]', "165");
  await page.fill('input[data-param="staff"]', "1,250");
  await page.selectOption('select[data-param="cur"]', "EUR");
  await page.fill('input[data-param="fx"]', "0.92");
  await page.locator('input[data-param="fx"]').blur();
  await expect.poll(() => search(page)).toContain("fx=0.92");
  const address = search(page);
  for (const part of ["preset=frontier-2025", "n=32000", "chip=b200", "mfu=0.42", "flop=auto", "dc=colo", "colo=165", "staff=1250", "cur=eur"]) {
    expect(address).toContain(part);
  }
  expect(address.length - 1).toBeLessThanOrEqual(300);
  const seen = await snapshot(page);
  expect(seen.params.n).toBe("32,000");
  expect(seen.params.cur).toBe("EUR");

  // The address, opened afresh.
  expect(await freshSnapshot(browser, page.url(), problems)).toEqual(seen);

  // The Share menu's link: the same state, and "Link copied" once copied.
  await page.getByRole("button", { name: "Share" }).click();
  const field = page.locator("[data-share-link]");
  const shared = await field.inputValue();
  expect(shared.startsWith(`${new URL(baseURL).origin}/?v=1&`)).toBe(true);
  await page.locator('[data-share="copy"]').click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);
  expect(await freshSnapshot(browser, shared, problems)).toEqual(seen);
});

test("the Share menu works from the keyboard and offers the usual places", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4&n=30000");
  const toggle = page.getByRole("button", { name: "Share" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator('[data-share="copy"]')).toBeFocused();
  const shared = await page.locator("[data-share-link]").inputValue();
  const encoded = encodeURIComponent(shared);
  await expect(page.locator('[data-share="x"]')).toHaveAttribute("href", new RegExp(`^https://twitter\\.com/intent/tweet\\?url=${escape(encoded)}&text=`));
  await expect(page.locator('[data-share="linkedin"]')).toHaveAttribute(
    "href",
    `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`,
  );
  const mail = await page.locator('[data-share="email"]').getAttribute("href");
  expect(mail.startsWith("mailto:?subject=")).toBe(true);
  expect(decodeURIComponent(mail.split("&body=")[1])).toContain(shared);
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await expect(page.locator("[data-share-link]")).toHaveCount(0);
  // Tabbing out of the open menu closes it too ("Cite this", closed, comes last).
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-share-link]")).toBeVisible();
  await page.locator('[data-share="email"]').focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(".cite summary")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator("[data-share-link]")).toHaveCount(0);
});

/** Escapes a string for a regular expression. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test("Back after choosing a preset returns to the previous one, with its edits", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4");
  await page.fill('input[data-param="n"]', "30000");
  await page.locator('input[data-param="n"]').blur();
  await expect.poll(() => search(page)).toBe("?v=1&preset=gpt-4&n=3e4");
  const before = await snapshot(page);
  await page.selectOption('select[data-param="preset"]', "deepseek-v3");
  await expect.poll(() => search(page)).toBe("?v=1&preset=deepseek-v3");
  const deepseek = await snapshot(page);
  expect(deepseek.params.mode).toBe("rent");
  await page.goBack();
  await expect(page.locator('select[data-param="preset"]')).toHaveValue("gpt-4");
  await expect(page.locator('input[data-param="n"]')).toHaveValue("30,000");
  expect(search(page)).toBe("?v=1&preset=gpt-4&n=3e4");
  expect(await snapshot(page)).toEqual(before);
  await page.goForward();
  await expect(page.locator('select[data-param="preset"]')).toHaveValue("deepseek-v3");
  expect(await snapshot(page)).toEqual(deepseek);
});

test("a link with bad values says what it replaced and shows the preset's values", async ({ page, browser, baseURL, problems }) => {
  await openCalculator(page, "v=1&preset=gpt-4&n=-5&mfu=abc&utm_source=x&chip=z80");
  const notice = page.locator("[data-notice]");
  await expect(notice).toBeVisible();
  await expect(notice.locator('[data-notice-key="n"]')).toContainText("“-5”");
  await expect(notice.locator('[data-notice-key="n"]')).toContainText("25,000");
  await expect(notice.locator('[data-notice-key="mfu"]')).toContainText("“abc”");
  await expect(notice.locator('[data-notice-key="mfu"]')).toContainText("33%");
  await expect(notice.locator('[data-notice-key="chip"]')).toContainText("“z80”");
  await expect(notice.locator('[data-notice-key="chip"]')).toContainText("a100");
  await expect(notice.locator("li")).toHaveCount(3);
  await expect(page.locator('input[data-param="n"]')).toHaveValue("25,000");
  await expect(page.locator('input[data-param="mfu"]')).toHaveValue("33");
  await expect(page.locator('select[data-param="chip"]')).toHaveValue("a100");
  const clean = await freshSnapshot(browser, new URL("./?v=1&preset=gpt-4", baseURL).href, problems);
  expect(await snapshot(page)).toEqual(clean);
  // The notice stays until dismissed; dismissing it changes nothing else.
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  expect(await snapshot(page)).toEqual(clean);
});

test("lang=zh opens in Chinese; a bare page follows the browser; a link does not", async ({ page, browser, baseURL }) => {
  await openCalculator(page, "v=1&preset=gpt-4&lang=zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator("h1")).toContainText("前沿AI");
  await expect(page.locator('select[data-param="lang"]')).toHaveValue("zh");

  const chinese = await browser.newContext({ locale: "zh-CN" });
  const zhPage = await chinese.newPage();
  await zhPage.goto(new URL("./?utm_source=weibo", baseURL).href);
  await expect(zhPage.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await zhPage.goto(new URL("./?v=1&preset=gpt-4", baseURL).href);
  await expect(zhPage.locator('[data-out="total"]')).toBeVisible();
  await expect(zhPage.locator("html")).toHaveAttribute("lang", "en");
  await chinese.close();
});

test("markup in a link is shown as text, never run", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const evil = "<img src=x onerror=alert(1)>";
  await openCalculator(page, `v=1&preset=gpt-4&n=${encodeURIComponent(evil)}&lang=${encodeURIComponent("<i id=probe>zh</i>")}`);
  await expect(page.locator('[data-notice-key="n"]')).toContainText(evil);
  await expect(page.locator('[data-notice-key="lang"]')).toContainText("<i id=probe>zh</i>");
  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], #probe').length)).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toBe(0);
});

test("shared links leave out render flags and use the canonical address", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4&dark=true&show=total&n=3e4");
  // As a build with PUBLIC_URL writes it.
  await page.evaluate(() => {
    document.querySelector('link[rel="canonical"]').href = "https://calculator.example/frontier-cost/";
  });
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.locator("[data-share-link]")).toHaveValue(
    "https://calculator.example/frontier-cost/?v=1&preset=gpt-4&n=3e4",
  );
});

test("inside an iframe the link is the calculator's, and presets add no history to the host", async ({ page, baseURL }) => {
  const calculator = new URL("./?v=1&preset=gpt-4", baseURL).href;
  await page.setContent(`<iframe title="calculator" src="${calculator}" style="width:900px;height:1200px"></iframe>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator('[data-out="total"]')).toBeVisible();
  const historyBefore = await page.evaluate(() => history.length);
  await frame.locator('select[data-param="preset"]').selectOption("startup");
  await expect(frame.locator('select[data-param="preset"]')).toHaveValue("startup");
  await frame.getByRole("button", { name: "Share" }).click();
  await expect(frame.locator("[data-share-link]")).toHaveValue(`${new URL(baseURL).origin}/?v=1&preset=startup`);
  // The frame did write its address (replacing, not pushing), so the count below means something.
  await expect.poll(() => page.frames()[1].url()).toContain("preset=startup");
  expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test("a version 1 link says whose figures it shows and opens the same scenario with current figures", async ({
  page,
  browser,
  problems,
}) => {
  await openCalculator(page, "v=1&preset=gpt-4&n=5e4&cur=eur");
  const note = page.locator(".edition-note");
  await expect(note).toHaveAttribute("data-edition", "1");
  await expect(note).toContainText("Figures as of 2025-06 (version 1)");
  await expect(note.locator('a[data-link="changes-note"]')).toHaveAttribute("href", "changes.html");
  const old = await snapshot(page);
  expect(old.params.n).toBe("50,000");

  await note.locator('a[data-link="current-figures"]').click();
  await expect.poll(() => search(page)).toContain("v=2&preset=gpt-4");
  await expect(page.locator(".edition-note")).toHaveCount(0);
  const current = await snapshot(page);
  // The reader's own changes carry over; the figures are version 2's.
  expect(current.params.n).toBe("50,000");
  expect(current.params.cur).toBe("EUR");
  expect(search(page)).toContain("n=5e4");
  // The same as opening the version 2 link afresh.
  expect(await freshSnapshot(browser, page.url(), problems)).toEqual(current);
  // Back returns to the version 1 figures.
  await page.goBack();
  await expect(page.locator(".edition-note")).toHaveAttribute("data-edition", "1");
  expect(await snapshot(page)).toEqual(old);
});

test("an embed of a version 1 link keeps what its author chose: no note in the frame", async ({ page }) => {
  await openCalculator(page, "v=1&preset=gpt-4&embed=1");
  await expect(page.locator(".edition-note")).toHaveCount(0);
});

test("the bare address opens the latest version, without the note", async ({ page }) => {
  await openCalculator(page, "");
  await expect(page.locator(".edition-note")).toHaveCount(0);
  await page.fill('input[data-param="n"]', "20000");
  await expect.poll(() => search(page)).toMatch(/^\?v=2&/);
});
