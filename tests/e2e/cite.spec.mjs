// "Cite this" in the Share menu: APA, BibTeX and GB/T 7714 citations and the quoted barrier
// verdict, each copied with one click and confirmed, each with the permalink (and its schema
// version), the date of the figures and today's date.
import { test, expect, openCalculator } from "./fixtures.mjs";

/** Today in the page's time zone, `YYYY-MM-DD`, and as APA writes it (`December 2, 2026`). */
async function today(page) {
  return page.evaluate(() => {
    const date = new Date();
    const two = (n) => String(n).padStart(2, "0");
    const iso = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
    const long = date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" });
    return { iso, long };
  });
}

test("each citation and the quote are copied with one click, with the permalink, version and date", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseURL).origin });
  await openCalculator(page, "v=2&preset=gpt-4&n=32k");
  await page.locator('[data-share="toggle"]').click();
  const permalink = await page.locator("[data-share-link]").inputValue();
  expect(permalink).toContain("?v=2&");
  const { iso, long } = await today(page);

  await page.locator(".cite summary").click();
  const status = page.locator("#share-panel [role=status]");
  const cases = [
    ["apa", "APA copied", [permalink, "(Version 2, figures as of 2026-11) [Computer software]", `Retrieved ${long}, from`]],
    ["bibtex", "BibTeX copied", [`\\url{${permalink}}`, "note = {Version 2, figures as of 2026-11}", `urldate = {${iso}}`]],
    ["gbt7714", "GB/T 7714 copied", [`${permalink}.`, "[EB/OL]", "Figures as of 2026-11 (version 2)", `(2026-11)[${iso}]`]],
    ["quote", "Quote copied", [permalink, "of capital required", "Figures as of 2026-11 (version 2)", `accessed ${iso}`]],
  ];
  for (const [key, confirmation, parts] of cases) {
    const shown = await page.locator(`[data-cite-text="${key}"]`).inputValue();
    await page.locator(`[data-cite="${key}"]`).click();
    await expect(status).toHaveText(confirmation);
    await expect(status).toHaveClass(/is-copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    for (const part of parts) expect(copied).toContain(part);
  }
  // The quote is the verdict shown beside the headline, word for word.
  const verdict = await page.locator(".verdict-text").textContent();
  expect(await page.locator('[data-cite-text="quote"]').inputValue()).toContain(`“${verdict}”`);
});

test("in Chinese, GB/T 7714 and the quote are Chinese; APA and BibTeX stay English", async ({ page }) => {
  await openCalculator(page, "v=2&lang=zh");
  await page.locator('[data-share="toggle"]').click();
  await page.locator(".cite summary").click();
  const permalink = await page.locator("[data-share-link]").inputValue();
  const gbt = await page.locator('[data-cite-text="gbt7714"]').inputValue();
  expect(gbt.startsWith("前沿AI成本计算器. 打造一个前沿AI大模型要花多少钱？[EB/OL]. 数据截至2026-11（第2版）.")).toBe(true);
  expect(gbt.endsWith(` ${permalink}.`)).toBe(true);
  expect(await page.locator('[data-cite-text="quote"]').inputValue()).toContain("——前沿AI成本计算器。数据截至2026-11（第2版），访问于");
  await expect(page.locator('[data-cite-text="apa"]')).toHaveAttribute("lang", "en");
  await expect(page.locator('[data-cite="quote"]')).toHaveText("复制引语");
});

test("without a clipboard the citation is selected for copying by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await openCalculator(page, "v=2");
  await page.locator('[data-share="toggle"]').click();
  await page.locator(".cite summary").click();
  await page.locator('[data-cite="bibtex"]').click();
  await expect(page.locator("#share-panel [role=status]")).toHaveText("Selected: press Ctrl+C (⌘C on a Mac) to copy it.");
  await expect(page.locator('[data-cite-text="bibtex"]')).toBeFocused();
  const selected = await page.evaluate(() => {
    const field = document.activeElement;
    return field.value.slice(field.selectionStart, field.selectionEnd);
  });
  expect(selected).toBe(await page.locator('[data-cite-text="bibtex"]').inputValue());
});
