// Run by the post-build hook (scripts/post-build.mjs, last; release builds only): renders the built app in
// Chromium for the default page, every preset of the latest edition and both languages, and
// writes what it drew as static pages (index.html, zh/, <preset>/, zh/<preset>/), each with its
// own title, links, state and social card. The numbers are the app's own: nothing is
// recomputed here. See docs/architecture.md, "Pre-rendered pages".
import { readFileSync, mkdirSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { chromium } from "@playwright/test";
import { minify } from "terser";

import { startServer } from "./static-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/playwright.config.mjs";
import { socialCardHtml } from "./make-social-image.mjs";

if (process.env.TRUNK_PROFILE === "release") await prerender();
else console.log(`prerender: skipped (profile ${process.env.TRUNK_PROFILE ?? "unknown"}; release builds only)`);

async function prerender() {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");

  const hash = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const escapeHtml = (text) =>
    String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  // The public address, read as post-build.mjs reads it: absolute links when it is set.
  let publicUrl = null;
  if (process.env.PUBLIC_URL) {
    const url = new URL(process.env.PUBLIC_URL);
    url.search = "";
    url.hash = "";
    if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html")) url.pathname += "/";
    publicUrl = url.href;
  }
  /** A file or folder of the site (`gpt-4/`, `social-x.png`), absolute when PUBLIC_URL is set,
   * else relative to the site's root (every page's `<base>`). */
  const at = (path) => (publicUrl ? new URL(path, publicUrl).href : `./${path}`);

  // The latest edition and the date of its figures (crates/model/src/edition.rs), for the cards.
  const editions = readFileSync(new URL("../crates/model/src/edition.rs", import.meta.url), "utf8");
  const latest = editions.match(/pub static EDITIONS: \[&Edition; (\d+)\]/)?.[1];
  const asOf = editions.match(new RegExp(`version: ${latest},\\s*as_of: "([^"]+)"`))?.[1];
  if (!latest || !asOf) throw new Error("prerender: the latest edition or its date is not in edition.rs");

  const indexPath = join(staging, "index.html");
  const template = readFileSync(indexPath, "utf8");
  if (!/<div id="?app"?>/.test(template)) throw new Error("prerender: no #app in index.html");

  // The check that hides another state's numbers (static/pending.js), under a hashed name.
  // Minified (it is in every page's first load); a classic script, so not a module.
  const pendingSource = (await minify(readFileSync(join(staging, "pending.js"), "utf8"), { format: { comments: false } })).code;
  const pendingName = `pending-${hash(pendingSource)}.js`;
  writeFileSync(join(staging, pendingName), pendingSource);
  unlinkSync(join(staging, "pending.js"));

  const { server, url: origin } = await startServer({ root: staging, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  // An English browser: the bare default page follows the browser's language.
  // No service worker: sw.js is written after the pages (it lists them).
  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });

  /** Opens a state, waits until everything it shows has arrived, and returns its markup and facts. */
  async function render(query) {
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await page.goto(origin + (query ? `?${query}` : ""));
    await page.waitForSelector("html[data-app=ready] [data-out=total]").catch((error) => {
      throw new Error(`prerender: ${query || "default page"} never started: ${problems.join("; ") || error.message}`);
    });
    await page.waitForLoadState("networkidle");
    // The deeper panels load when the reader nears them (the on-demand module): brought into
    // view, then drawn into the markup like every other panel.
    if (await page.$(".deeper-host")) {
      await page.evaluate(() => document.querySelector(".deeper-host").scrollIntoView());
      await page.waitForSelector(".deeper-host [data-panel] [data-out]", { timeout: 30000 }).catch(() => {
        throw new Error(`prerender: ${query || "default page"}: the deeper panels never came (${problems.join("; ")})`);
      });
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    // The simulated band and Epoch AI's points arrive a moment after the first render.
    await page.waitForFunction(() => !document.querySelector(".band-pending, .band[aria-busy]"));
    await page.waitForTimeout(1500);
    await page.waitForFunction(() => !document.querySelector(".band-pending, .band[aria-busy]"));
    // Disclosures whose bodies the app draws once opened (the footer's list of sources, which
    // goes to sources.html; the ladder's list and sources; the preset's sources): opened for
    // the markup, which shows them closed, so that a reader without the app has them.
    const LAZY = ["details.all-sources", "details.ladder-details", "details.barrier-sources", "details.preset-sources"];
    await page.evaluate((lazy) => {
      for (const details of document.querySelectorAll(lazy.join(","))) details.querySelector("summary").click();
    }, LAZY);
    await page.waitForSelector("details.all-sources[open] ol li", { state: "attached" });
    await page.waitForFunction((lazy) => [...document.querySelectorAll(lazy.join(","))].every((details) => details.open && details.querySelector("li")), LAZY);
    if (problems.length) throw new Error(`prerender: ${query || "default page"}: ${problems.join("; ")}`);
    const result = await page.evaluate(() => {
      const app = document.getElementById("app");
      const copy = app.cloneNode(true);
      // The disclosures opened above (LAZY), shown closed.
      copy.querySelectorAll("details.all-sources, details.ladder-details, details.barrier-sources, details.preset-sources")
        .forEach((details) => details.removeAttribute("open"));
      // What the app set as properties, written as attributes (the markup is all there is).
      const live = app.querySelectorAll("input, select, textarea");
      copy.querySelectorAll("input, select, textarea").forEach((node, i) => {
        const source = live[i];
        if (node.tagName === "SELECT") {
          [...node.options].forEach((option, j) => option.toggleAttribute("selected", source.options[j].selected));
        } else if (node.type === "checkbox" || node.type === "radio") {
          node.toggleAttribute("checked", source.checked);
        } else if (node.type !== "file") {
          node.setAttribute("value", source.value);
        }
      });
      // No dead controls: what needs the app is disabled until it runs (native <details> work).
      copy.querySelectorAll("input, select, textarea, button").forEach((node) => node.setAttribute("disabled", ""));
      // A disabled menu shows only its choice: the others come with the app (about 0.5 KB gzip).
      copy.querySelectorAll("select option:not([selected])").forEach((node) => node.remove());
      // The export menu holds only actions; the help behind each "?" (a sentence and the
      // default's source, about 4 KB gzip a page, which the first load cannot afford) comes
      // with the app. Both are kept in the layout but hidden, never a dead control; a closed
      // dialog shows nothing and is left out.
      copy.querySelectorAll("details#export-menu, details.help:not([open])").forEach((node) => {
        node.setAttribute("data-pre-hidden", "");
        node.querySelectorAll(":scope > :not(summary)").forEach((child) => child.remove());
      });
      copy.querySelectorAll("dialog:not([open])").forEach((node) => node.remove());
      // The deeper panels (drawn by the on-demand module) go on a page of their own: about
      // 8 KB gzip that the first load cannot afford; a link takes their place.
      const host = copy.querySelector(".deeper-host");
      const deeper = host ? host.innerHTML : "";
      if (host) host.innerHTML = "<!--deeper-->";
      const text = (selector) => document.querySelector(selector)?.textContent.trim() ?? "";
      const preset = document.querySelector("select[data-param=preset]");
      return {
        markup: copy.innerHTML,
        deeper,
        title: document.title,
        summary: text("[data-live-summary]"),
        presets: [...preset.options].map((option) => option.value).filter(Boolean),
        presetId: preset.value,
        presetName: preset.selectedOptions[0]?.textContent.trim() ?? "",
        total: text("[data-out=total] .out-text"),
        capital: text("[data-out=capital] .out-text"),
        level: text("[data-out=barrier_level] .out-text"),
        levelIndex: text(".verdict-level-index"),
        totalLabel: text(".headline-total .headline-label"),
        capitalLabel: text(".headline-capital .headline-label"),
        levelLabel: text("#verdict-title"),
      };
    });
    await page.close();
    // The print summary's link names the build's server: the public address instead.
    result.markup = result.markup.split(origin).join(publicUrl ?? "./");
    return result;
  }

  /** A 1200×630 card for a preset, from what its page shows. */
  async function socialCard(facts) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
    await page.setContent(socialCardHtml(facts));
    await page.evaluate(() => document.fonts.ready);
    const png = await page.screenshot({ type: "png" });
    await page.close();
    const name = `social-${facts.presetId}-${hash(png)}.png`;
    writeFileSync(join(staging, name), png);
    return name;
  }

  /** The template with a page's markup, head and links. `folder` is "" or "gpt-4/", "zh/gpt-4/". */
  function page({ folder, lang, state, rendered, title, description, image, imageAlt }) {
    const depth = folder.split("/").filter(Boolean).length;
    const replaceTag = (html, pattern, tag) => {
      if (!pattern.test(html)) throw new Error(`prerender: ${pattern} not found in index.html`);
      // A function, so that a `$` in the texts is never read as a replacement pattern.
      return html.replace(pattern, typeof tag === "function" ? tag : () => tag);
    };
    // The release HTML is minified: attributes in any order, values perhaps without quotes.
    const meta = (attr, name) => new RegExp(`<meta\\b[^>]*\\b${attr}="?${name}"?(?=[\\s>])[^>]*>`);
    let html = template;
    html = replaceTag(html, /<html\b[^>]*>/, `<html lang="${lang === "zh" ? "zh-Hans" : "en"}">`);
    // A page in a folder finds the site's files (and the app its texts) through <base>.
    if (depth) html = replaceTag(html, /<meta charset="?utf-8"?>/i, (tag) => `${tag}<base href="${"../".repeat(depth)}">`);
    if (title) html = replaceTag(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
    if (description) html = replaceTag(html, meta("name", "description"), `<meta name="description" content="${escapeHtml(description)}">`);
    html = replaceTag(html, /<link\b[^>]*\brel="?canonical"?[^>]*>/, `<link rel="canonical" href="${escapeHtml(at(folder))}">`);
    html = replaceTag(html, meta("property", "og:url"), `<meta property="og:url" content="${escapeHtml(at(folder))}">`);
    if (title) html = replaceTag(html, meta("property", "og:title"), `<meta property="og:title" content="${escapeHtml(title)}">`);
    if (description) {
      html = replaceTag(html, meta("property", "og:description"), `<meta property="og:description" content="${escapeHtml(description)}">`);
    }
    html = replaceTag(html, meta("property", "og:image"), `<meta property="og:image" content="${escapeHtml(at(image))}">`);
    if (imageAlt) html = replaceTag(html, meta("property", "og:image:alt"), `<meta property="og:image:alt" content="${escapeHtml(imageAlt)}">`);
    html = replaceTag(
      html,
      meta("name", "twitter:card"),
      `<meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="${escapeHtml(at(image))}">`,
    );
    // The state this page was written for, then the check that hides its numbers when the
    // address asks for another (before the styles: a blocking script, run before any paint).
    html = replaceTag(
      html,
      /<script\b[^>]*\bboot-[0-9a-f]+\.js[^>]*>/,
      (tag) => `<meta name="frontier-cost-state" content="${escapeHtml(state)}"><script src="./${pendingName}"></script>${tag}`,
    );
    html = replaceTag(html, /<div id="?app"?>[\s\S]*<\/div>(\s*<\/body>)/, (_, end) => `<div id="app">${rendered}</div>${end}`);
    const path = join(staging, folder, "index.html");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
    return path;
  }

  // The footer's closed "Sources" disclosure: its list moves to sources.html (zh/sources.html),
  // a link to it takes its place (the running app draws the list itself).
  const sourceLists = {};
  const SOURCES = /(<details class="all-sources"><summary>[\s\S]*?<\/summary>)(<ol>[\s\S]*?<\/ol>)(<\/details>)/;
  const SOURCES_LINK = {
    en: ["sources.html", "Every source, with its date, on a page of its own"],
    zh: ["zh/sources.html", "全部来源及其日期见单独页面"],
  };
  function withoutSources(markup, lang) {
    const match = markup.match(SOURCES);
    if (!match) throw new Error("prerender: the footer's list of sources was not found");
    sourceLists[lang] ??= match[2];
    const [href, text] = SOURCES_LINK[lang];
    return markup.replace(SOURCES, (_, open, _list, close) => `${open}<p><a href="${href}">${escapeHtml(text)}</a></p>${close}`);
  }
  // The reference budgets' sources under the barrier verdict: each is in the list of every
  // source (the test checks it), so a link to that page takes their place too (about 0.7 KB
  // gzip of each page's first load). Each rung of the ladder keeps its publisher and date.
  const BARRIER_SOURCES = /(<details class="barrier-sources"><summary>[^<]*<\/summary>)<ul>([\s\S]*?)<\/ul>(<\/details>)/;
  const words = (markup) => markup.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
  function withoutBarrierSources(markup, lang) {
    const match = markup.match(BARRIER_SOURCES);
    if (!match) throw new Error("prerender: the reference budgets' sources were not found");
    const every = words(sourceLists[lang] ?? "");
    const items = [...match[2].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((item) => words(item[1]));
    if (!items.length) throw new Error("prerender: no reference budgets' sources");
    for (const item of items) {
      if (!every.includes(item)) throw new Error(`prerender: a reference budget's source is not on the page of every source (${lang}): ${item}`);
    }
    const [href, text] = SOURCES_LINK[lang];
    return markup.replace(BARRIER_SOURCES, (_, open, _list, close) => `${open}<p><a href="${href}">${escapeHtml(text)}</a></p>${close}`);
  }
  // Epoch AI's 82 estimates on the trajectory chart: dots without their tooltips (about 2 KB
  // gzip of titles in every page's first load). The chart, its projection's values and the
  // list of the closest models stay; the running app gives each dot its name and figures.
  function withoutPointTitles(markup) {
    let count = 0;
    const result = markup.replace(/<circle tabindex="0" role="img"([^>]*class="epoch-point"[^>]*)><title>[^<]*<\/title><\/circle>/g, (_, attributes) => {
      count++;
      return `<circle aria-hidden="true"${attributes}></circle>`;
    });
    if (markup.includes('class="epoch-point"') && count === 0) throw new Error("prerender: the chart's points were not found");
    return result;
  }
  // The deeper panels' page of a state (`<folder>deeper.html`), linked from where they sit.
  const DEEPER_LINK = {
    en: "Rules this run triggers, what a budget buys and when followers catch up: on a page of their own",
    zh: "本次训练触及的监管规则、一笔预算能买到什么、追赶者何时赶上：见单独页面",
  };
  function withDeeperPage(facts, folder, lang, title) {
    if (!facts.markup.includes("<!--deeper-->")) return facts.markup;
    if (!facts.deeper.includes("data-panel=")) throw new Error(`prerender: ${folder || "default page"}: no deeper panels`);
    const stylesheet = template.match(/\bhref="?\.\/(styles-[0-9a-f]+\.css)/)?.[1];
    const later = template.match(/name="?frontier-cost-css"? content="?\.\/(later-[0-9a-f]+\.css)/)?.[1];
    if (!stylesheet || !later) throw new Error("prerender: no stylesheets in index.html");
    const zh = lang === "zh";
    const depth = folder.split("/").filter(Boolean).length;
    const html =
      `<!doctype html><html lang="${zh ? "zh-Hans" : "en"}"><head><meta charset="utf-8">` +
      (depth ? `<base href="${"../".repeat(depth)}">` : "") +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">` +
      `<title>${escapeHtml(`${DEEPER_LINK[lang].split(/[:：]/)[0]} · ${title}`)}</title>` +
      `<link rel="canonical" href="${escapeHtml(at(`${folder}deeper.html`))}">` +
      `<link rel="stylesheet" href="./${stylesheet}"><link rel="stylesheet" href="./${later}"></head>` +
      `<body><div id="app"><div class="app"><p><a href="./${folder}">${zh ? "返回计算器" : "Back to the calculator"}</a></p>` +
      `<div class="panels"><div class="deeper-host">${facts.deeper}</div></div></div></div></body></html>\n`;
    const path = join(staging, folder, "deeper.html");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
    written.push(path);
    return facts.markup.replace("<!--deeper-->", `<p class="deeper-static"><a href="./${folder}deeper.html">${escapeHtml(DEEPER_LINK[lang])}</a></p>`);
  }
  function sourcesPage(lang, list) {
    const stylesheet = template.match(/\bhref="?\.\/(styles-[0-9a-f]+\.css)/)?.[1];
    if (!stylesheet) throw new Error("prerender: no stylesheet in index.html");
    const zh = lang === "zh";
    const folder = zh ? "zh/" : "";
    const title = zh ? "来源 · 打造一个前沿AI大模型要花多少钱？" : "Sources · What does it cost to build a frontier AI model?";
    const html =
      `<!doctype html><html lang="${zh ? "zh-Hans" : "en"}"><head><meta charset="utf-8">` +
      (zh ? `<base href="../">` : "") +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">` +
      `<title>${escapeHtml(title)}</title><link rel="canonical" href="${escapeHtml(at(`${folder}sources.html`))}">` +
      `<link rel="stylesheet" href="./${stylesheet}"></head><body><main class="site-footer sources-page">` +
      `<h1>${zh ? "来源" : "Sources"}</h1><p><a href="${zh ? "zh/" : "./"}">${zh ? "返回计算器" : "Back to the calculator"}</a></p>` +
      `${list}</main></body></html>\n`;
    const path = join(staging, folder, "sources.html");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
    return path;
  }

  const written = [];
  try {
    const english = await render("");
    const presets = english.presets;
    if (presets.length < 2) throw new Error("prerender: the page lists no presets");
    const pages = [
      { folder: "", lang: "en", state: "", facts: english },
      { folder: "zh/", lang: "zh", state: `v=${latest}&lang=zh` },
      ...presets.flatMap((id) => [
        { folder: `${id}/`, lang: "en", state: `v=${latest}&preset=${id}&lang=en`, preset: id },
        { folder: `zh/${id}/`, lang: "zh", state: `v=${latest}&preset=${id}&lang=zh`, preset: id },
      ]),
    ];
    const cards = {};
    for (const spec of pages) {
      const facts = spec.facts ?? (await render(spec.state));
      if (spec.preset && facts.presetId !== spec.preset) throw new Error(`prerender: ${spec.state} shows ${facts.presetId}`);
      // The default page keeps the template's title and texts (undefined: left as they are).
      let image = "social-card.png";
      let imageAlt;
      let title = spec.folder ? facts.title : undefined;
      let text = spec.folder ? facts.summary || undefined : undefined;
      if (spec.preset) {
        // One card per preset, in English (the Chinese page shares it).
        if (spec.lang === "en") cards[spec.preset] = { name: await socialCard({ ...facts, asOf, version: latest }), facts };
        const card = cards[spec.preset];
        image = card.name;
        imageAlt = `${card.facts.presetName}: ${card.facts.totalLabel} ${card.facts.total}; ${card.facts.capitalLabel} ${card.facts.capital}; ${card.facts.levelLabel}: ${card.facts.level}. Figures as of ${asOf}.`;
        title = `${facts.presetName} · ${facts.title}`;
      }
      const markup = withDeeperPage(facts, spec.folder, spec.lang, title ?? facts.title);
      const rendered = compactAttributes(withoutPointTitles(withoutBarrierSources(withoutSources(markup, spec.lang), spec.lang)));
      written.push(page({ folder: spec.folder, lang: spec.lang, state: spec.state, rendered, title, description: text, image, imageAlt }));
    }
    // The list of every source, the same on every page of a language: once, on a page of its
    // own, instead of in each page's first load (about 7 KB gzip).
    for (const lang of ["en", "zh"]) {
      if (!sourceLists[lang]) throw new Error(`prerender: no list of sources for ${lang}`);
      written.push(sourcesPage(lang, sourceLists[lang]));
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`prerender: ${written.length} pages written (${publicUrl ? `public address ${publicUrl}` : "relative links"})`);
}

/** The serialised markup (`innerHTML`: every value in double quotes, `"` inside as `&quot;`)
 * with the quotes left out where HTML lets them go: a value of letters, digits and `_.:#/-`
 * unquoted, an empty one written as the bare name. The same document (parse5 reads every page
 * without an error: tests/prerendered-pages.mjs); about 1.5% less gzip of each page's first
 * load (257 B of the default page's 16.9 KB on 2026-12-07). Only inside tags: a text holding
 * `="…"` stays as it is (its `<` would be `&lt;`, so no tag starts there). */
function compactAttributes(markup) {
  return markup.replace(/<[a-zA-Z][^\s>\/]*(?:\s+[^\s"'>\/=]+(?:="[^"]*")?)*\s*\/?>/g, (tag) =>
    tag.replace(/(\s[^\s"'>\/=]+)="([^"]*)"/g, (_, name, value) =>
      value === "" ? name : /^[A-Za-z0-9_.:#\/-]+$/.test(value) ? `${name}=${value}` : `${name}="${value}"`,
    ),
  );
}
