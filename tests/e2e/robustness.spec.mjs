// What a link or a keyboard can throw at the page: a panic shows a friendly message and a
// reload link; values carrying HTML or script never execute or break the page.
import { test, expect, openCalculator } from "./fixtures.mjs";

test("a panic shows a short message and a reload link, not a frozen page", async ({ page, problems }) => {
  await page.goto("./?__panic=1");
  const screen = page.locator("#panic-screen");
  await expect(screen).toBeVisible();
  await expect(screen).toHaveAttribute("role", "alert");
  await expect(screen.getByRole("link", { name: /Reload|重新加载/ })).toHaveAttribute("href", /__panic=1/);
  // The panic itself is reported on the console and as an uncaught error: expected here.
  problems.list.length = 0;
});
