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
  // Within 15 s (a loaded machine can take several), before the 20 s "slow" message.
  await expect(box).toBeVisible({ timeout: 15_000 });
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
  await page.goto("./?preset=gpt-4", { waitUntil: "commit" });
  await expect(page.locator("script[type=module][src*='start-']")).toHaveCount(1);
  // The fake clock also runs on its own meanwhile (the module added a moment ago): 17 s on.
  await page.clock.runFor(17_000);
  // The pre-rendered page, its values pending, and no message yet.
  await expect(page.locator("html")).not.toHaveAttribute("data-app", /./);
  await expect(page.locator(".startup-failed")).toHaveCount(0);
  await page.clock.runFor(3_500);
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

test("the loading path is flat: the module, the glue and the wasm preloaded together; the glue is minified", async ({ page }) => {
  const html = readFileSync(resolve(DIST, "index.html"), "utf8");
  const tags = html.match(/<(link|script)\b[^>]*>/g);
  const find = (pattern) => tags.filter((tag) => pattern.test(tag));
  const href = (tag) => tag.match(/\b(?:href|src)="?\.\/([^" >]+)/)[1];
  // The pre-rendered page's blocking check of its state, pending-<hash>.js, then the classic
  // loader, deferred; the app's module and the glue as modulepreloads and the wasm as a
  // preload, kept inert in a <template> right before them (put in the head when wanted); one
  // stylesheet; each hashed file with its right integrity.
  expect(find(/<script\b/).map((tag) => (/\bdefer\b/.test(tag) ? "defer " : "") + href(tag))).toEqual([
    expect.stringMatching(/^pending-[0-9a-f]{16}\.js$/),
    expect.stringMatching(/^defer boot-[0-9a-f]{16}\.js$/),
  ]);
  const template = html.match(
    /<template id="?fc-preloads"?>(.*?)<\/template><meta name="?frontier-cost-state"?[^>]*><script src="?\.\/pending-[0-9a-f]{16}\.js"?><\/script><script defer src="?\.\/boot-/,
  )?.[1];
  expect(template, "the preloads' template right before the state's check and the loader").toBeTruthy();
  // No preload outside it.
  expect(html.replace(template, "")).not.toMatch(/\brel="?(module)?preload\b/);
  const preloads = template.match(/<link\b[^>]*>/g);
  const modules = preloads.filter((tag) => /\brel="?modulepreload\b/.test(tag)).map(href).sort();
  expect(modules).toEqual([expect.stringMatching(/^frontier-cost-[0-9a-f]+\.js$/), expect.stringMatching(/^start-[0-9a-f]{16}\.js$/)]);
  const wasm = preloads.filter((tag) => /\brel="?preload\b/.test(tag) && /\bas="?fetch\b/.test(tag)).map(href);
  expect(wasm).toEqual([expect.stringMatching(/_bg\.wasm$/)]);
  expect(preloads).toHaveLength(3);
  for (const tag of [...find(/\bintegrity=/)]) {
    const file = href(tag);
    const sri = `sha256-${createHash("sha256").update(readFileSync(resolve(DIST, file))).digest("base64")}`;
    expect(tag, file).toContain(sri);
  }
  expect(find(/\bintegrity=/).length).toBeGreaterThanOrEqual(4);
  // Minified: a few very long lines, no indentation.
  const glue = readFileSync(resolve(DIST, modules[0]), "utf8");
  expect(glue.split("\n").length).toBeLessThan(20);
  expect(glue).not.toMatch(/\n\s{2,}\S/);
  // Loaded once each, on a pre-rendered page and on a pending one: the module and the wasm
  // come from their preloads, not a second fetch.
  for (const query of ["", "v=2&preset=gpt-4&n=24k"]) {
    const requests = [];
    const onRequest = (request) => requests.push(new URL(request.url()).pathname.slice(1));
    page.on("request", onRequest);
    await openCalculator(page, query);
    page.off("request", onRequest);
    for (const file of [...modules, ...wasm]) expect(requests.filter((path) => path === file), `${file} (${query})`).toHaveLength(1);
  }
  expect(readdirSync(DIST)).toContain("sw.js");
});

/** Holds the loader's response until `release()`; `requested(pattern)`: whether the page has
 * asked for a file matching it meanwhile. */
async function holdLoader(page) {
  let release;
  const held = new Promise((done) => (release = done));
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  await page.route(/\/boot-[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return { release, requested: (pattern) => requests.some((path) => pattern.test(path)) };
}

test("a pre-rendered page showing its own state paints before the app's files download", async ({ page }) => {
  const loader = await holdLoader(page);
  // Not until "load": the held loader holds it.
  await page.goto("./", { waitUntil: "commit" });
  // Painted, readable, and nothing of the app asked for: only the loader asks, after a paint.
  await page.waitForFunction(() => performance.getEntriesByType("paint").length > 0);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  expect(loader.requested(/_bg\.wasm$|\/start-/)).toBe(false);
  loader.release();
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  expect(loader.requested(/_bg\.wasm$/)).toBe(true);
});

test("a page whose numbers are pending downloads the app's files while the html is parsed", async ({ page }) => {
  const loader = await holdLoader(page);
  const wasm = page.waitForRequest(/_bg\.wasm$/, { timeout: 10_000 });
  await page.goto("./?v=2&preset=gpt-4&n=24k", { waitUntil: "commit" });
  // The loader is held: the pending page's check of its state asked for them.
  await wasm;
  expect(loader.requested(/\/start-[0-9a-f]+\.js$/)).toBe(true);
  loader.release();
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
});

test("without a reported paint the pre-rendered page starts the app 3 s after its loader ran", async ({ page }) => {
  // A browser whose paint timing never reports (or a page hidden meanwhile).
  await page.addInitScript(() => {
    window.PerformanceObserver = class {
      static supportedEntryTypes = ["paint"];
      observe() {}
      disconnect() {}
    };
    const entries = performance.getEntriesByType.bind(performance);
    performance.getEntriesByType = (type) => (type === "paint" ? [] : entries(type));
  });
  await openCalculator(page);
  // The loader ran once it had arrived: the wasm was asked for no sooner than 3 s after.
  const [boot, wasm] = await page.evaluate(() =>
    [/\/boot-[0-9a-f]+\.js$/, /_bg\.wasm$/].map((pattern) => performance.getEntriesByType("resource").find((entry) => pattern.test(entry.name))),
  );
  expect(wasm.startTime - boot.responseEnd).toBeGreaterThanOrEqual(3000);
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
