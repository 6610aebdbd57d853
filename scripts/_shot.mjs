import { chromium } from "playwright-core";
import { startServer } from "/work/main/scripts/static-server.mjs";
const { server, url } = await startServer({ root: "/work/main/dist" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const qs = process.argv.slice(2);
for (const w of [640, 320]) {
const page = await browser.newPage({ viewport: { width: w, height: 800 } });
for (const [i,q] of qs.entries()) {
await page.goto(url + "?" + q);
await page.waitForSelector('[data-out="total"]');
await page.waitForTimeout(1200);
const h = await page.evaluate(() => Math.round(document.querySelector(".app").getBoundingClientRect().height + 0));
const dh = await page.evaluate(() => document.documentElement.scrollHeight);
console.log(w, q, "app", h, "doc", dh);
await page.screenshot({ path: `/tmp/s-${w}-${i}.png`, fullPage: true });
}
}
await browser.close(); server.close();
