// The host's theme and language, end to end: an article on ANOTHER origin (127.0.0.2) frames
// the calculator and posts {type: "frontier-cost:theme", dark} and {type: "frontier-cost:lang",
// lang}; the frame obeys its parent window only (not a sibling frame, not itself, not a
// malformed message), and embed.js forwards the iframe's data-dark and lang attributes, also
// into a sandbox="allow-scripts" frame. Nothing is requested from any other origin.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures.mjs";
import { startServer } from "../../scripts/static-server.mjs";

const HOST = "127.0.0.2";
const THEME = "frontier-cost:theme";
const LANG = "frontier-cost:lang";

/** Serves `pages` ({path: html}) from another origin (as embed.spec.mjs does). */
async function hostServer(pages) {
  const extraRoutes = Object.fromEntries(
    Object.entries(pages).map(([path, body]) => [path, { type: "text/html; charset=utf-8", body }]),
  );
  const root = mkdtempSync(join(tmpdir(), "host-messages-"));
  return startServer({ root, host: HOST, csp: false, extraRoutes });
}

/** An article page around some frames. No favicon request: the icon is a data: URL. */
const article = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,">
</head><body><h1>An article</h1>
${body}
</body></html>`;

/** The calculator's iframe: results only, just the headline (quick to render). */
const calculatorFrame = (baseURL, attributes = "") =>
  `<iframe id="calc" src="${new URL("./?v=2&embed=1&plain=1&show=total", baseURL).href}" title="Calculator"
  style="width:100%;height:400px;border:0" data-frontier-cost ${attributes}></iframe>`;

/** Opens the article and waits until the framed calculator runs; returns its frame. */
async function openArticle(page, url) {
  await page.goto(url);
  await expect(page.frameLocator("#calc").locator('[data-out="total"]')).toBeVisible();
  return (await page.locator("#calc").elementHandle()).contentFrame();
}

/** The frame's theme, as use_document_settings marks it (null: the reader's own). */
const theme = (frame) => frame.evaluate(() => document.documentElement.getAttribute("data-theme"));

/** Counts, inside the frame, the messages of a type that arrive (to know they were delivered). */
async function countArrivals(frame, type) {
  await frame.evaluate((type) => {
    window.__arrived = 0;
    addEventListener("message", (event) => {
      if (event.data && event.data.type === type) window.__arrived += 1;
    });
  }, type);
  return () => frame.evaluate(() => window.__arrived);
}

test("a theme message from the parent switches the theme; one from another frame, the frame itself or malformed is ignored", async ({
  page,
  baseURL,
  problems,
}) => {
  // A sibling frame of the host page's own origin that posts to the calculator's window.
  const host = await hostServer({
    "/article.html": article(
      `${calculatorFrame(baseURL)}\n<iframe id="sibling" srcdoc="<p>another frame</p>" title="sibling"></iframe>`,
    ),
  });
  try {
    problems.allow(new URL(host.url).origin);
    const frame = await openArticle(page, `${host.url}article.html`);
    expect(await theme(frame)).toBeNull();
    const arrived = await countArrivals(frame, THEME);

    const sibling = await (await page.locator("#sibling").elementHandle()).contentFrame();
    await sibling.evaluate((type) => {
      parent.document.getElementById("calc").contentWindow.postMessage({ type, dark: true }, "*");
    }, THEME);
    await frame.evaluate((type) => window.postMessage({ type, dark: true }, "*"), THEME);
    // From the parent, but not a boolean.
    await page.evaluate((type) => {
      document.getElementById("calc").contentWindow.postMessage({ type, dark: "true" }, "*");
    }, THEME);
    await expect.poll(arrived).toBe(3);
    await page.waitForTimeout(300);
    expect(await theme(frame)).toBeNull();

    // The parent's own message is obeyed, both ways.
    for (const [dark, expected] of [[true, "dark"], [false, "light"]]) {
      await page.evaluate(
        ({ type, dark }) => document.getElementById("calc").contentWindow.postMessage({ type, dark }, "*"),
        { type: THEME, dark },
      );
      await expect.poll(() => theme(frame)).toBe(expected);
    }
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.evaluate((type) => document.getElementById("calc").contentWindow.postMessage({ type, dark: true }, "*"), THEME);
    await expect.poll(() => theme(frame)).toBe("dark");
    await expect.poll(() => frame.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
  } finally {
    host.server.close();
  }
});

test("a language message from the parent switches the language; other values and senders are ignored", async ({
  page,
  baseURL,
  problems,
}) => {
  const host = await hostServer({
    "/article.html": article(
      `${calculatorFrame(baseURL)}\n<iframe id="sibling" srcdoc="<p>another frame</p>" title="sibling"></iframe>`,
    ),
  });
  try {
    problems.allow(new URL(host.url).origin);
    const frame = await openArticle(page, `${host.url}article.html`);
    const calc = page.frameLocator("#calc");
    const link = calc.locator("[data-full-calculator]");
    await expect(link).toContainText("Open in full calculator");
    const arrived = await countArrivals(frame, LANG);
    const sibling = await (await page.locator("#sibling").elementHandle()).contentFrame();
    await sibling.evaluate((type) => {
      parent.document.getElementById("calc").contentWindow.postMessage({ type, lang: "zh" }, "*");
    }, LANG);
    for (const lang of ["fr", "ZH", 1]) {
      await page.evaluate(
        ({ type, lang }) => document.getElementById("calc").contentWindow.postMessage({ type, lang }, "*"),
        { type: LANG, lang },
      );
    }
    await expect.poll(arrived).toBe(4);
    await page.waitForTimeout(300);
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe("en");

    await page.evaluate((type) => document.getElementById("calc").contentWindow.postMessage({ type, lang: "zh" }, "*"), LANG);
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe("zh-Hans");
    // The Chinese texts load on first use, then show.
    await expect(link).toContainText("在完整计算器中打开");
    await page.evaluate((type) => document.getElementById("calc").contentWindow.postMessage({ type, lang: "en" }, "*"), LANG);
    await expect(link).toContainText("Open in full calculator");
  } finally {
    host.server.close();
  }
});

test("a language message turns every part of the frame Chinese once the texts arrive, its fields too", async ({
  page,
  baseURL,
  problems,
}) => {
  // The embed's own inputs: fields, drawn by components of their own, whose properties do not
  // change when the Chinese texts arrive after the language did (only the context does).
  const src = new URL("./?v=2&embed=1&show=total&inputs=n~chip", baseURL).href;
  const host = await hostServer({
    "/article.html": article(`<iframe id="calc" src="${src}" title="Calculator" style="width:100%;height:600px;border:0"></iframe>`),
  });
  try {
    problems.allow(new URL(host.url).origin);
    const frame = await openArticle(page, `${host.url}article.html`);
    const calc = page.frameLocator("#calc");
    await expect(calc.locator("label[for=param-n]")).toHaveText("Accelerators in the cluster");
    // The page's English shown on demand has loaded by now (it is asked for at start).
    await page.waitForTimeout(500);
    await page.evaluate((type) => document.getElementById("calc").contentWindow.postMessage({ type, lang: "zh" }, "*"), LANG);
    await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe("zh-Hans");
    await expect(calc.locator("label[for=param-n]")).toHaveText("集群加速卡数量");
    await expect(calc.locator("label[for=param-chip]")).toHaveText("加速卡");
  } finally {
    host.server.close();
  }
});

for (const sandboxed of [false, true]) {
  const name = sandboxed ? ' inside sandbox="allow-scripts"' : "";
  test(`embed.js sends the iframe's data-dark and lang on load and when they change${name}`, async ({
    page,
    baseURL,
    problems,
  }) => {
    const script = `<script src="${new URL("embed.js", baseURL).href}" async></script>`;
    const attributes = `lang="zh" ${sandboxed ? 'sandbox="allow-scripts"' : ""}`;
    const host = await hostServer({ "/article.html": article(`${calculatorFrame(baseURL, attributes)}\n${script}`) });
    try {
      problems.allow(new URL(host.url).origin);
      const frame = await openArticle(page, `${host.url}article.html`);
      expect(await frame.evaluate(() => self.origin)).toBe(sandboxed ? "null" : new URL(baseURL).origin);
      // The attribute the page was written with reaches the frame once it has reported.
      await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe("zh-Hans");
      await expect(page.frameLocator("#calc").locator("[data-full-calculator]")).toContainText("在完整计算器中打开");
      expect(await theme(frame)).toBeNull();

      // The host page changes the attributes: the frame follows; other values change nothing.
      const set = (name, value) =>
        page.evaluate(([name, value]) => document.getElementById("calc").setAttribute(name, value), [name, value]);
      await set("data-dark", "true");
      await expect.poll(() => theme(frame)).toBe("dark");
      await set("data-dark", "false");
      await expect.poll(() => theme(frame)).toBe("light");
      await set("data-dark", "purple");
      await set("lang", "en-GB");
      await expect.poll(() => frame.evaluate(() => document.documentElement.lang)).toBe("en");
      expect(await theme(frame)).toBe("light");
      // Still sized by its content (the frame reports its new height once it has re-rendered
      // in the new language), and no globals left behind.
      const mismatch = async () => {
        const content = await frame.evaluate(() =>
          Math.ceil(document.querySelector(".app").getBoundingClientRect().bottom + window.scrollY),
        );
        const outer = await page.locator("#calc").evaluate((e) => e.getBoundingClientRect().height);
        return Math.abs(content - outer);
      };
      await expect.poll(mismatch).toBeLessThanOrEqual(3);
      const globals = await page.evaluate(() => Object.keys(window).filter((key) => /frontier|embed/i.test(key)));
      expect(globals).toEqual([]);
    } finally {
      host.server.close();
    }
  });
}
