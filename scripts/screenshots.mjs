// Takes screenshots of the release build for a human to look at:
// node scripts/screenshots.mjs [query] → target/screenshots/<width>-<scheme>.png
// (WIDTHS=320,1280 SCHEMES=light,dark FULL=0 for the viewport only, AT=<y> to scroll first, TAG=…)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/playwright.config.mjs";

const query = process.argv[2] ?? "";
const widths = (process.env.WIDTHS ?? "320,768,1280").split(",").map(Number);
const schemes = (process.env.SCHEMES ?? "light,dark").split(",");
const { server, url } = await startServer({ root: "dist" });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
mkdirSync("target/screenshots", { recursive: true });
for (const scheme of schemes) {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(url + (query ? `?${query}` : ""));
    await page.waitForSelector("[data-out=total]");
    if (process.env.AT) await page.evaluate((y) => window.scrollTo(0, y), Number(process.env.AT));
    await page.waitForTimeout(200);
    const file = `target/screenshots/${width}-${scheme}${process.env.TAG ? "-" + process.env.TAG : ""}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
    console.log(file);
    await page.close();
  }
}
await browser.close();
server.close();
