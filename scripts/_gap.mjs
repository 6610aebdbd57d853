import { chromium } from "playwright-core";
import { startServer } from "/work/main/scripts/static-server.mjs";
const { server, url } = await startServer({ root: "/work/main/dist" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 640, height: 800 } });
await page.goto(url + "?v=2&embed=1&show=total~breakdown~barrier");
await page.waitForSelector('[data-out="total"]');
console.log(await page.evaluate(() => [...document.querySelectorAll(".app > *, .layout > *, .analysis > *, .inputs > *")].map(e => { const r = e.getBoundingClientRect(); const cs = getComputedStyle(e); return `${e.tagName}.${e.className} top=${Math.round(r.top)} h=${Math.round(r.height)} mt=${cs.marginTop} mb=${cs.marginBottom} pt=${cs.paddingTop} pb=${cs.paddingBottom}`; }).join("\n")));
await browser.close(); server.close();
