// When the app cannot start (its module or wasm failing to load or compile, WebAssembly off, a
// policy refusing it, nothing rendered after 20 s), a short message in both languages says
// why and links to the nearest pre-rendered page and to the methodology; a normal load shows
// none. And the loading path: flat (the loader preloads module, glue and wasm together), the
// glue minified.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect, openCalculator, hostServer, article } from "./fixtures.mjs";
import { startServer } from "../../scripts/static-server.mjs";

const DIST = resolve(process.env.E2E_DIST || "dist");
/** The page the message links to for a preset: its pre-rendered page, when the build has one. */
const nearest = (prefix, preset) => (existsSync(resolve(DIST, `${prefix}${preset}/index.html`)) ? `${prefix}${preset}/` : "");

const EN = "The calculator could not start.";
const ZH = "计算器无法启动。";

/** Drops the problems a test provoked on purpose, once the failed requests' console errors
 * (a preload's may come after the import's failure) are all in. */
async function provoked(page, problems, pattern) {
  await page.waitForLoadState("networkidle");
  problems.expect(pattern);
}

/** The message, once shown: its texts and its links' addresses relative to the page. */
async function message(page) {
  const box = page.locator(".startup-failed");
  await expect(box).toBeVisible();
  await expect(page.locator(".loading")).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("data-app", "failed");
  const origin = new URL(page.url()).origin + "/";
  return {
    en: await box.locator('p[lang="en"]').innerText(),
    zh: await box.locator('p[lang="zh"]').innerText(),
    links: await box.locator("a").evaluateAll((links, origin) => links.map((a) => a.href.replace(origin, "")), origin),
  };
}

test("with the wasm answered 404, the message says so in both languages and links onwards", async ({ page, problems }) => {
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" }));
  await page.goto("./?v=1&preset=gpt-4&n=32k");
  const shown = await message(page);
  expect(shown.en).toContain(EN);
  expect(shown.en).toMatch(/files could not be loaded/);
  expect(shown.zh).toContain(ZH);
  expect(shown.zh).toMatch(/无法加载其文件/);
  expect(shown.links).toEqual([nearest("", "gpt-4"), "methodology.html"]);
  // The methodology is there to read.
  const methodology = await page.request.get("./methodology.html");
  expect(methodology.status()).toBe(200);
  await provoked(page, problems, /404|Failed to load resource|integrity/i);
});

test("a Chinese link's message links to the Chinese pages", async ({ page, problems }) => {
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./?v=2&preset=deepseek-v3&lang=zh");
  const shown = await message(page);
  const zh = existsSync(resolve(DIST, "zh/index.html")) ? "zh/" : "";
  expect(shown.links).toEqual([nearest("zh/", "deepseek-v3") || zh, "methodology.html"]);
  await provoked(page, problems, /404|Failed to load resource|integrity/i);
});

test("with the glue answered 404, the message appears", async ({ page, problems }) => {
  await page.route(/frontier-cost-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./");
  const shown = await message(page);
  expect(shown.en).toMatch(/files could not be loaded/);
  // The default page links to no other page of figures: it is that page.
  expect(shown.links).toEqual(["methodology.html"]);
  await provoked(page, problems, /404|Failed to load|integrity/i);
});

test("with the glue served as text, the message appears", async ({ page, problems }) => {
  await page.route(/frontier-cost-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "x" }));
  await page.goto("./?preset=startup");
  const shown = await message(page);
  expect(shown.en).toContain(EN);
  expect(shown.links[0]).toBe(nearest("", "startup"));
  await provoked(page, problems, /Failed to load|MIME|integrity|module script/i);
});

test("a policy without 'wasm-unsafe-eval' is named as the cause", async ({ page, problems }) => {
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers(), "content-security-policy": "script-src 'self'" };
    await route.fulfill({ response, headers });
  });
  await page.goto("./");
  const shown = await message(page);
  expect(shown.en).toMatch(/WebAssembly is blocked on this page/);
  expect(shown.zh).toMatch(/阻止了WebAssembly/);
  await provoked(page, problems, /CSP violation|wasm-eval|WebAssembly|Content Security Policy/i);
});

test("a browser without WebAssembly is told so at once", async ({ page }) => {
  await page.addInitScript(() => delete window.WebAssembly);
  await page.goto("./?preset=gpt-4");
  const shown = await message(page);
  expect(shown.en).toMatch(/does not run WebAssembly/);
  expect(shown.zh).toMatch(/未运行WebAssembly/);
  expect(shown.links).toEqual([nearest("", "gpt-4"), "methodology.html"]);
});

test("nothing rendered after 20 s: the message says it is taking too long", async ({ page }) => {
  await page.clock.install();
  // The wasm never arrives.
  await page.route(/_bg\.wasm$/, () => {});
  await page.goto("./?preset=gpt-4");
  await expect(page.locator("script[type=module][src*='start-']")).toHaveCount(1);
  await page.clock.runFor(19_000);
  // The pre-rendered page, its values pending, and no message yet.
  await expect(page.locator("html")).not.toHaveAttribute("data-app", /./);
  await expect(page.locator(".startup-failed")).toHaveCount(0);
  await page.clock.runFor(1_500);
  const shown = await message(page);
  expect(shown.en).toMatch(/taking too long/);
  expect(shown.zh).toMatch(/启动时间过长/);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("a normal load shows no message, even long after", async ({ page }) => {
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.clock.install();
  await openCalculator(page, "v=2");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await page.clock.runFor(25_000);
  await expect(page.locator(".startup-failed")).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  // The message's script is never downloaded by a page that starts.
  expect(requests.filter((url) => /startup-failed/.test(url))).toEqual([]);
});

test("in a small embed the message fits, and its links open outside the frame", async ({ page, problems }) => {
  await page.setViewportSize({ width: 300, height: 250 });
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("./?v=1&embed=1&preset=gpt-4");
  await message(page);
  const fit = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    targets: [...document.querySelectorAll(".startup-failed a")].map((a) => a.target),
  }));
  expect(fit.width).toBeLessThanOrEqual(300);
  expect(fit.targets).toEqual(["_blank", "_blank"]);
  await provoked(page, problems, /404|Failed to load resource|integrity/i);
});

test("in a sandboxed frame on a host without CORS headers, the message names them", async ({ page, problems }) => {
  // The calculator served by a host that forgets Access-Control-Allow-Origin.
  const calculator = await startServer({ root: DIST, cors: false });
  const code = `<iframe sandbox="allow-scripts" src="${calculator.url}?v=2&embed=1&preset=grok-3" title="calculator" style="width:320px;height:300px;border:0"></iframe>`;
  const host = await hostServer({ "/article.html": article(code) });
  try {
    problems.allow(new URL(host.url).origin);
    problems.allow(new URL(calculator.url).origin);
    await page.goto(`${host.url}article.html`);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator(".startup-failed")).toBeVisible();
    await expect(frame.locator('.startup-failed p[lang="en"]')).toContainText("need CORS headers");
    await expect(frame.locator('.startup-failed p[lang="zh"]')).toContainText("CORS响应头");
    expect(await frame.locator(".startup-failed a").evaluateAll((all) => all.map((a) => a.target))).toEqual(["_blank", "_blank"]);
  } finally {
    host.server.close();
    calculator.server.close();
  }
  await provoked(page, problems, /CORS|Access-Control|Failed to load|integrity/i);
});

test("the message takes nothing from the link as markup", async ({ page, problems }) => {
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(`./?preset=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&lang=${encodeURIComponent("<b>")}`);
  const shown = await message(page);
  expect(shown.links).toEqual(["", "methodology.html"]);
  expect(await page.locator("img, b").count()).toBe(0);
  await provoked(page, problems, /404|Failed to load resource|integrity/i);
});

test("the loading path is flat: the loader preloads the module, the glue and the wasm together; the glue is minified", async ({ page }) => {
  const html = readFileSync(resolve(DIST, "index.html"), "utf8");
  const tags = html.match(/<(link|script)\b[^>]*>/g);
  const find = (pattern) => tags.filter((tag) => pattern.test(tag));
  const href = (tag) => tag.match(/\b(?:href|src)="?\.\/([^" >]+)/)[1];
  // The classic loader, deferred; the app's module and the glue as modulepreloads and the
  // wasm as a preload, kept inert in a <template> beside it (the loader puts them in the head);
  // one stylesheet; each hashed file with its right integrity.
  // (And the pre-rendered page's blocking check of its state, pending-<hash>.js, first.)
  expect(find(/<script\b/).map((tag) => (/\bdefer\b/.test(tag) ? "defer " : "") + href(tag))).toEqual([
    expect.stringMatching(/^pending-[0-9a-f]{16}\.js$/),
    expect.stringMatching(/^defer boot-[0-9a-f]{16}\.js$/),
  ]);
  const template = html.match(/<script defer src="?\.\/boot-[0-9a-f]{16}\.js"?><\/script><template id="?fc-preloads"?>(.*?)<\/template>/)?.[1];
  expect(template, "the preloads' template right after the loader").toBeTruthy();
  // No preload outside it: on the pre-rendered page they come after the first paint.
  expect(html.replace(template, "")).not.toMatch(/\brel="?(module)?preload\b/);
  const preloads = template.match(/<link\b[^>]*>/g);
  const modules = preloads.filter((tag) => /\brel="?modulepreload\b/.test(tag)).map(href).sort();
  expect(modules).toEqual([expect.stringMatching(/^frontier-cost-[0-9a-f]+\.js$/), expect.stringMatching(/^start-[0-9a-f]{16}\.js$/)]);
  const wasm = preloads.filter((tag) => /\brel="?preload\b/.test(tag) && /\bas="?fetch\b/.test(tag)).map(href);
  expect(wasm).toEqual([expect.stringMatching(/_bg\.wasm$/)]);
  expect(preloads).toHaveLength(3);
  for (const tag of [...find(/\bintegrity=/)]) {
    const file = href(tag);
    const sri = `sha384-${createHash("sha384").update(readFileSync(resolve(DIST, file))).digest("base64")}`;
    expect(tag, file).toContain(sri);
  }
  expect(find(/\bintegrity=/).length).toBeGreaterThanOrEqual(4);
  // Minified: a few very long lines, no indentation.
  const glue = readFileSync(resolve(DIST, modules[0]), "utf8");
  expect(glue.split("\n").length).toBeLessThan(20);
  expect(glue).not.toMatch(/\n\s{2,}\S/);
  // Loaded once each: the module and the wasm come from their preloads, not a second fetch;
  // on the pre-rendered page showing its own state, after its first paint; on a link of
  // another state (its numbers pending), at once.
  for (const [query, paintFirst] of [["", true], ["v=2&preset=gpt-4", false]]) {
    const requests = [];
    const onRequest = (request) => requests.push({ path: new URL(request.url()).pathname.slice(1), at: Date.now() });
    page.on("request", onRequest);
    await openCalculator(page, query);
    page.off("request", onRequest);
    for (const file of [...modules, ...wasm]) expect(requests.filter(({ path }) => path === file), `${file} (${query})`).toHaveLength(1);
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByType("paint")[0]?.startTime ?? null,
      wasm: performance.getEntriesByType("resource").find((entry) => /_bg\.wasm$/.test(entry.name))?.startTime ?? null,
      parsed: performance.getEntriesByType("navigation")[0].domContentLoadedEventStart,
    }));
    expect(timing.paint, `a first paint (${query})`).not.toBeNull();
    expect(timing.wasm, `the wasm's request (${query})`).not.toBeNull();
    // The deferred loader runs before DOMContentLoaded: "at once" is before it.
    if (paintFirst) expect(timing.wasm, "the wasm requested after the first paint").toBeGreaterThanOrEqual(timing.paint);
    else expect(timing.wasm, "the wasm requested by the loader itself").toBeLessThanOrEqual(timing.parsed);
  }
  expect(readdirSync(DIST)).toContain("sw.js");
});

test("hashed files are cached for ever, fixed names revalidated", async ({ page }) => {
  const html = readFileSync(resolve(DIST, "index.html"), "utf8");
  const boot = html.match(/boot-[0-9a-f]+\.js/)[0];
  const wasm = html.match(/frontier-cost-[0-9a-f]+_bg\.wasm/)[0];
  for (const file of [boot, wasm]) {
    expect((await page.request.get(`./${file}`)).headers()["cache-control"], file).toBe("public, max-age=31536000, immutable");
  }
  for (const file of ["", "sw.js", "embed.js", "oembed.json", "methodology.html"]) {
    expect((await page.request.get(`./${file}`)).headers()["cache-control"], file || "index.html").toBe("no-cache");
  }
});
