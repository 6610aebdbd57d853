// The page and the command line on the same links: every number `frontier-cost-cli eval` prints
// (results and barrier indicators) is the page's `data-value`, exactly; where it prints null the
// page shows no number; its normalised link is the one the Share menu gives.
import { readFileSync } from "node:fs";
import { test, expect, openCalculator } from "./fixtures.mjs";
import { CLI_EXPECTATIONS, CLI_LINKS } from "./global-setup.mjs";

const cases = JSON.parse(readFileSync(CLI_EXPECTATIONS, "utf8"));

for (const link of CLI_LINKS) {
  test(`the page shows what the command line says: ${link}`, async ({ page, baseURL }) => {
    const cli = cases[link];
    const names = Object.keys(cli).filter((name) => name !== "link" && name !== "notices");
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names).toContain("barrier_level");
    await openCalculator(page, link);
    // Every element of each name: `data-value`, or null when it has none.
    const shown = await page.$$eval("[data-out]", (nodes) => {
      const values = {};
      for (const node of nodes) {
        (values[node.dataset.out] ||= []).push(node.hasAttribute("data-value") ? node.dataset.value : null);
      }
      return values;
    });
    for (const name of names) {
      const expected = cli[name];
      const values = shown[name] || [];
      if (expected === null) {
        expect(values.every((value) => value === null), `${name}: page ${values}, CLI null`).toBe(true);
      } else {
        expect(values.length, `${name} is on the page`).toBeGreaterThan(0);
        for (const value of values) {
          // The same double, spelt the same way (the CLI writes numbers as JavaScript does).
          expect(value, `${name}: page ${value}, CLI ${expected}`).toBe(String(expected));
        }
      }
    }
    // What the page says about bad values is what the command line listed.
    await expect(page.locator(".notices li")).toHaveCount(cli.notices.length);
    for (const notice of cli.notices) {
      await expect(page.locator(`.notices li[data-notice-key="${notice.key}"]`)).toContainText(notice.given);
    }
    // The link the page shares is the normalised link.
    await page.getByRole("button", { name: cli.link.includes("lang=zh") ? "分享" : "Share" }).click();
    await expect(page.locator("[data-share-link]")).toHaveValue(`${new URL(baseURL).origin}/?${cli.link}`);
  });
}
