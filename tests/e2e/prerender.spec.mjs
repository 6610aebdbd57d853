// The pre-rendered pages (scripts/prerender.mjs): without JavaScript each shows the numbers
// the running app shows for its state; a link to another state never shows the page's own
// numbers, not for one frame; the app takes over without a jump, and runs the page's state.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect, watch, appReady, allOutputs, setParam, shownText, layOutWhole } from "./fixtures.mjs";
import { startServer } from "../../scripts/static-server.mjs";

const DIST = resolve(process.env.E2E_DIST || "dist");

// The presets as the command line lists them (the build check compares the pages with it too).
const PRESETS = execFileSync("cargo", ["run", "--quiet", "--offline", "--release", "-p", "frontier-cost-cli", "--", "presets"], {
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .map((line) => line.split("\t")[0]);
const PAGES = ["", "zh/", ...PRESETS.flatMap((id) => [`${id}/`, `zh/${id}/`])];

/** data-out → data-value, and data-out → visible text, of what a page shows. */
const results = (page) =>
  page.$$eval("[data-out]", (nodes) => nodes.map((node) => [node.dataset.out, node.dataset.value, node.textContent.trim()]));

/** Holds the wasm until `release()` is called: the page as it is before the app has run. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

/** Opens `path` with the wasm held until its pre-rendered page has painted, then lets the app
 * take over, and waits until it has settled. */
async function takeOver(page, path) {
  const release = await holdWasm(page);
  await page.goto(`./${path}`);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await page.waitForTimeout(300);
  release();
  await appReady(page);
  await allOutputs(page);
}

/** Records what `look` (run in the page, from its first animation frame on) sees in every
 * frame; `page.evaluate(() => window.__frames)` reads them. */
async function recordFrames(page, look) {
  await page.addInitScript(`window.__frames = [];
    requestAnimationFrame(function next() { window.__frames.push((${look})()); requestAnimationFrame(next); });`);
}

/** Records, from before the first byte of the page, whether a result was ever inserted in the
 * document while readable: the pending mark must already be there when the markup arrives. */
const recordFirstFrame = () => {
  window.__readableResults = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        for (const out of [node, ...node.querySelectorAll("[data-out]")]) {
          if (!out.matches?.("[data-out]") || document.documentElement.dataset.app === "ready") continue;
          const pending = document.documentElement.classList.contains("fc-pending");
          if (!pending) window.__readableResults.push(out.dataset.out);
        }
      }
  }).observe(document, { childList: true, subtree: true });
};

/** Visible texts with a digit in #app (what a reader could read as a number). */
const visibleNumbers = (page) =>
  page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.getElementById("app"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!/\d/.test(text)) continue;
      const element = node.parentElement;
      if (getComputedStyle(element).visibility !== "visible" || !element.checkVisibility({ opacityProperty: true })) continue;
      found.push(text);
    }
    for (const field of document.querySelectorAll("#app input, #app select")) {
      if (/\d/.test(field.value) && getComputedStyle(field).visibility === "visible" && field.checkVisibility()) found.push(field.value);
    }
    return found;
  });

for (const path of PAGES) {
  test(`without JavaScript, /${path} shows the running app's numbers for its state`, async ({ browser, page, baseURL, problems }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    const still = await context.newPage();
    await watch(still, problems.list, problems.origins, " without JavaScript");
    await still.goto(baseURL + path);
    const pre = await results(still);
    expect(pre.length, "results on the page").toBeGreaterThan(20);
    // Complete and readable: the results visible, the controls disabled, no pending mark.
    await expect(still.locator('[data-out="total"]')).toBeVisible();
    expect(await still.locator("html.fc-pending").count()).toBe(0);
    expect(await still.locator("#app :is(input, select, button, textarea):not([disabled])").count()).toBe(0);
    expect(await still.locator("#app svg").count()).toBeGreaterThan(4);
    await context.close();

    // The running app at the same address (an English browser, like the build's).
    await page.goto(path ? `./${path}` : "./");
    await appReady(page);
    await allOutputs(page);
    const live = await results(page);
    expect(pre.map(([out, value]) => [out, value])).toEqual(live.map(([out, value]) => [out, value]));
    expect(pre.map(([out, , text]) => [out, text])).toEqual(live.map(([out, , text]) => [out, text]));
  });
}

test("the app started on /gpt-4/ and /zh/gpt-4/ runs that preset, in that language, and stays on the page", async ({ page, baseURL }) => {
  await page.goto("./?v=2&preset=gpt-4&lang=en");
  await appReady(page);
  const expected = await allOutputs(page);

  await page.goto("./gpt-4/");
  await appReady(page);
  await expect(page.locator('select[data-param="preset"]')).toHaveValue("gpt-4");
  await expect(page.locator('select[data-param="preset"]')).toBeEnabled();
  expect(await allOutputs(page)).toEqual(expected);
  // The link to the ladder stays on this page (the page has <base href="../">), and Back
  // from it keeps the page's own state (an address without a query: the page's state).
  await page.locator(".verdict-more").click();
  await expect.poll(() => page.url()).toBe(`${baseURL}gpt-4/#who-can-afford`);
  await page.goBack();
  await expect.poll(() => page.url()).toBe(`${baseURL}gpt-4/`);
  await page.waitForTimeout(300);
  await expect(page.locator('select[data-param="preset"]')).toHaveValue("gpt-4");
  expect(await allOutputs(page)).toEqual(expected);
  // An edit rewrites the address of this page, not of another.
  await setParam(page, "price", "45000");
  await expect.poll(() => page.locator('[data-out="total"]').getAttribute("data-value")).not.toBe(expected.total);
  await expect.poll(() => new URL(page.url()).searchParams.get("preset")).toBe("gpt-4");
  expect(new URL(page.url()).pathname).toBe("/gpt-4/");

  await page.goto("./zh/gpt-4/");
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.locator('select[data-param="lang"]')).toHaveValue("zh");
  await expect(page.locator('select[data-param="preset"]')).toHaveValue("gpt-4");
  await expect(page.locator("h1")).toContainText("前沿");
  expect(await page.locator('[data-out="total"]').getAttribute("data-value")).toBe(expected.total);
  // Shared and embedded from a page in a folder: the calculator's own address and files.
  await page.locator("[data-embed-open]").click();
  const code = await page.locator("#embed-code").inputValue();
  expect(code).toContain(`${baseURL}embed.js`);
  expect(code).toContain(`src="${baseURL}?`);
  expect(code).not.toContain("/zh/");
});

/** A link to a state that was not pre-rendered: nothing readable says a number until the app
 * has run, then every number it showed while pending is one the app shows too. */
async function neverAnotherState(page, url) {
  await page.addInitScript(recordFirstFrame);
  const release = await holdWasm(page);
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await expect(page.locator("html.fc-pending")).toHaveCount(1);
  // Labels and layout at once; no value, no readable number of the page's own state.
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator('label[for="param-n"]').first()).toBeVisible();
  const outs = await results(page);
  expect(outs.length).toBeGreaterThan(20);
  expect(outs.filter(([, value, text]) => value !== "" || text !== "")).toEqual([]);
  await expect(page.locator('[data-out="total"]')).toBeHidden();
  const shown = await visibleNumbers(page);
  expect(await page.evaluate(() => window.__readableResults)).toEqual([]);
  await page.waitForTimeout(300);
  expect(await results(page)).toEqual(outs);

  release();
  await appReady(page);
  await expect(page.locator("html.fc-pending")).toHaveCount(0);
  await allOutputs(page);
  const text = await shownText(page.locator("#app"));
  const values = await page.$$eval("#app input", (fields) => fields.map((field) => field.value));
  for (const number of shown) expect(text.includes(number) || values.includes(number), `"${number}" shown while pending`).toBe(true);
  expect(Number(await page.locator('[data-out="total"]').getAttribute("data-value"))).toBeGreaterThan(0);
}

test("a link to another state than the page's shows no number until the app has run: /?n=50000", async ({ page }) => {
  await neverAnotherState(page, "./?n=50000");
  await expect(page.locator('[data-param="n"]')).toHaveValue(/50[ ,.]?000/);
});

test("a preset page with a query shows no number until the app has run: /gpt-4/?v=2&preset=gpt-4&n=50000", async ({ page }) => {
  await neverAnotherState(page, "./gpt-4/?v=2&preset=gpt-4&n=50000");
  await expect(page.locator('select[data-param="preset"]')).toHaveValue("gpt-4");
  await expect(page.locator('[data-param="n"]')).toHaveValue(/50[ ,.]?000/);
});

test("the bare page in a Chinese browser shows no English page's number until the app has run", async ({ browser, baseURL, problems }) => {
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await watch(page, problems.list, problems.origins, " in a Chinese browser");
  await neverAnotherState(page, baseURL);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await context.close();
});

test("the page's own state is shown at once, before the wasm arrives: /gpt-4/", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./gpt-4/", { waitUntil: "domcontentloaded" });
  await expect(page.locator("html.fc-pending")).toHaveCount(0);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  const before = await page.locator('[data-out="total"]').getAttribute("data-value");
  expect(Number(before)).toBeGreaterThan(0);
  release();
  await appReady(page);
  expect(await page.locator('[data-out="total"]').getAttribute("data-value")).toBe(before);
});

for (const path of ["", "gpt-4/", "zh/deepseek-v3/"]) {
  test(`the app takes over /${path} without a jump (cumulative layout shift ≤ 0.02)`, async ({ page }) => {
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    // The wasm held a moment, so the pre-rendered page is painted before the app replaces it.
    await takeOver(page, path);
    await page.waitForTimeout(1500);
    const shift = await page.evaluate(() => window.__shift);
    test.info().annotations.push({ type: "cumulative layout shift", description: shift.toFixed(4) });
    expect(shift).toBeLessThanOrEqual(0.02);
  });
}

for (const path of ["", "zh/gpt-4/"]) {
  test(`the app takes over /${path} without a blink: the band, the distribution and Epoch AI's dots stay drawn in every frame`, async ({ page }) => {
    // Every frame from the first paint on: what the band says, whether the distribution is
    // drawn, how many of Epoch AI's estimates the trajectory shows, how many sections are
    // still the pre-rendered ones.
    await recordFrames(page, () => {
      const band = document.querySelector(".results .band");
      return {
        ready: document.documentElement.dataset.app === "ready",
        band: band ? `${band.className}|${band.querySelector('[data-out="total_p5"]')?.dataset.value}` : "none",
        distribution: document.querySelectorAll("#distribution-chart .dist-bar").length,
        dots: document.querySelectorAll(".epoch-point").length,
        kept: document.querySelectorAll("[data-kept]").length,
      };
    });
    await takeOver(page, path);
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => window.__frames.filter((frame) => frame.band !== "none" || frame.dots));
    const [first] = frames;
    expect(first.ready, "the first frame is the pre-rendered page's").toBe(false);
    expect(first.distribution).toBeGreaterThan(10);
    expect(first.dots).toBeGreaterThan(50);
    // The app ran, kept what it could not draw whole yet, then drew it: every section is its
    // own at the end, and no frame ever showed less than the first.
    expect(frames.some((frame) => frame.ready && frame.kept > 0), "sections kept while the app ran").toBe(true);
    expect(frames.at(-1).kept).toBe(0);
    const changed = frames.filter((frame) => frame.band !== first.band || frame.distribution !== first.distribution || frame.dots !== first.dots);
    expect(changed, "frames that differ from the pre-rendered page").toEqual([]);
  });
}

// The takeover's layout (a long task on a phone): taken over at its top, the page lays out the
// sections below the fold only as they come near (`fc-lazy`, lib.rs `mount`); scrolled
// already, it is laid out whole, or a section above the reader would take its placeholder's
// height.
const laidOut = (locator) => locator.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }));

test("taken over at its top, the page lays out what is below the fold as it comes near, and nothing moves while the reader scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__shifts.push([Math.round(entry.startTime), entry.value, entry.sources.map((source) => source.node?.className || source.node?.nodeName)]);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await takeOver(page, "");
  await expect(page.locator("#app.fc-lazy")).toHaveCount(1);
  const far = page.locator(".panels > .tornado h2");
  expect(await laidOut(far), "the sensitivity panel, screens below, is not laid out yet").toBe(false);
  const since = await page.evaluate(() => performance.now());
  // A screen at a time to the end, as a reader scrolls (a section far behind them is left
  // aside again, at the height it was drawn with).
  let height = 0;
  let farDrawn = false;
  for (let y = 0; y <= height; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(60);
    height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    farDrawn ||= await laidOut(far);
  }
  expect(await page.evaluate(() => scrollY), "scrolled to the end").toBeGreaterThanOrEqual(height - 1);
  expect(farDrawn, "the sensitivity panel was drawn as it came near").toBe(true);
  // Not counted: the footer moving alone once the reader has reached the end of the page (0.09
  // with the CPU slowed six times, 0.56 at twenty, on the build before this layout too: noted).
  const shifts = await page.evaluate(
    (since) => window.__shifts.filter(([at, , sources]) => at >= since && sources.some((source) => source !== "site-footer")),
    since,
  );
  expect(shifts, "layout shifts while scrolling").toEqual([]);
  // Every section drawn once, at its own height: the page is as tall as laid out whole.
  const lazyHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await layOutWhole(page);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(lazyHeight);
});

test("taken over while the reader has scrolled, the page is laid out whole: what they read does not move", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  const release = await holdWasm(page);
  await page.goto("./");
  const title = page.locator(".analysis-title");
  await title.evaluate((element) => element.scrollIntoView({ block: "start" }));
  await page.waitForTimeout(200);
  const top = await title.evaluate((element) => element.getBoundingClientRect().top);
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  release();
  await appReady(page);
  await allOutputs(page);
  await expect(page.locator("#app.fc-lazy")).toHaveCount(0);
  expect(await title.evaluate((element) => element.getBoundingClientRect().top)).toBeCloseTo(top, 0);
  expect(await laidOut(page.locator(".group").first()), "the groups above the reader are laid out").toBe(true);
});

test("the verdict's jump to the ladder lays the page out whole first: the ladder stays where it landed", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await takeOver(page, "");
  await expect(page.locator("#app.fc-lazy")).toHaveCount(1);
  await page.locator(".verdict-more").click();
  await expect(page).toHaveURL(/#who-can-afford$/);
  await expect(page.locator("#app.fc-lazy")).toHaveCount(0);
  const title = page.locator(".analysis-title");
  const landed = await title.evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(landed)).toBeLessThan(200);
  // Scrolling back up draws nothing new above the reader: the ladder does not move.
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(300);
  expect(await title.evaluate((element) => element.getBoundingClientRect().top)).toBeCloseTo(landed + 300, 0);
});

test("an embed is laid out whole: its frame is as tall as its content", async ({ page }) => {
  await page.goto("./?embed=1");
  await appReady(page);
  await expect(page.locator("#app.fc-lazy")).toHaveCount(0);
});

test("a Chinese page whose texts cannot load runs in English, and keeps none of its Chinese markup meanwhile", async ({ page, problems }) => {
  await page.route(/zh-texts-[0-9a-f]+\.txt$/, (route) => route.fulfill({ status: 404, body: "" }));
  await recordFrames(page, () => ({
    ready: document.documentElement.dataset.app === "ready",
    text: `${document.querySelector(".results .band")?.textContent ?? ""} | ${document.querySelector(".trajectory-v2 h3")?.textContent ?? ""}`,
  }));
  await page.goto("./zh/gpt-4/");
  await appReady(page);
  await allOutputs(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".results .band")).toContainText("90%");
  const frames = await page.evaluate(() => window.__frames);
  const chinese = frames.filter((frame) => frame.ready && /[\u4e00-\u9fff]/.test(frame.text));
  expect(chinese, "frames of the running app with Chinese sections").toEqual([]);
  problems.expect(/404|zh-texts|texts did not load/);
});

for (const path of ["", "gpt-4/", "zh/deepseek-v3/"]) {
  test(`on a phone, /${path} does not jump while its html arrives, wherever the network cuts it (layout shift ≤ 0.02)`, async ({ page, problems }) => {
    // A phone's width: the results above the inputs. The page arrives in parts, a pause after
    // each (cut just inside the results, further in, in the inputs and after them), and the
    // stylesheet while the results are still arriving, so the first paint has only part of
    // them: nothing painted may move when the rest comes (the inputs, when they came first in
    // the html, were painted under results not yet all there and pushed down: 0.31 to 0.48).
    test.slow();
    const html = readFileSync(resolve(DIST, path, "index.html"), "utf8");
    const at = (marker, after) => {
      const index = html.indexOf(marker);
      expect(index, marker).toBeGreaterThan(0);
      return index + after;
    };
    // (The pre-rendered markup writes attribute values without quotes where it can.)
    const cuts = [at("class=results", 200), at("class=results", 6000), at("class=inputs", 3000), at("</main>", 600)];
    // In this order, each inside what it names: the results, then the inputs, then after them.
    expect(cuts[1]).toBeLessThan(at("class=inputs", 0));
    expect(cuts[2]).toBeLessThan(at("</main>", 0));
    expect([...cuts].sort((a, b) => a - b)).toEqual(cuts);
    const parts = [0, ...cuts].map((from, i) => html.slice(from, cuts[i] ?? html.length));
    const pause = 700;
    const stylesheet = html.match(/href="\.\/(styles-[0-9a-f]+\.css)"/)[1];
    const served = await startServer({
      root: DIST,
      extraRoutes: {
        [`/${path}`]: { type: "text/html; charset=utf-8", parts, pause },
        // Arrives half a pause after the second part (the html to the second cut, inside the
        // results), while the page waits for the third.
        [`/${stylesheet}`]: { type: "text/css; charset=utf-8", parts: ["", readFileSync(resolve(DIST, stylesheet))], pause: pause * 1.5 },
      },
    });
    problems.allow(new URL(served.url).origin);
    try {
      await page.setViewportSize({ width: 412, height: 823 });
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(`${served.url}${path}`, { waitUntil: "commit" });
      // Painted as it comes: the total is on screen while the page is still arriving.
      await expect(page.locator('[data-out="total"]')).toBeVisible();
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length), { intervals: [50] }).toBe(1);
      expect(await page.evaluate(() => document.readyState)).toBe("loading");
      await appReady(page);
      await page.waitForTimeout(1000);
      const shift = await page.evaluate(() => window.__shift);
      test.info().annotations.push({ type: "cumulative layout shift", description: shift.toFixed(4) });
      expect(shift).toBeLessThanOrEqual(0.02);
    } finally {
      served.server.closeAllConnections();
      await new Promise((done) => served.server.close(done));
    }
  });
}

test("a preset page's address without its slash leads to the page (as static hosts do)", async ({ page, baseURL }) => {
  await page.goto("./gpt-4");
  expect(page.url()).toBe(`${baseURL}gpt-4/`);
  await appReady(page);
  await expect(page.locator('select[data-param="preset"]')).toHaveValue("gpt-4");
});
