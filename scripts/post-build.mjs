// Trunk post-build hook: moves Trunk's inline module loader into its own file so the page
// runs under `script-src 'self'` (no 'unsafe-inline'), behind a classic loader that says why
// when the app cannot start; builds the on-demand module; writes the service worker. Runs in
// Trunk's staging directory.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";

import { minify } from "terser";

import { writeServiceWorker } from "./service-worker.mjs";
import { shortenImports } from "./short-imports.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

const inline = /<script type="?module"?(?: nonce="?[^">]*"?)?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("post-build: Trunk's inline loader was not found in index.html");
// Trunk's loader becomes the app's module, start-<hash>.js: the same glue and call of its
// init, except that a failure to load or compile the wasm is told to the classic
// loader (static/boot.js, below), which shows why; once started, the styles of what readers
// open on demand are added (see below).
const glueName = match[1].match(/from '\.\/(frontier-cost-[0-9a-f]+\.js)'/)?.[1];
const wasmName = match[1].match(/module_or_path: '\.\/(frontier-cost-[0-9a-f]+_bg\.wasm)'/)?.[1];
if (!glueName || !wasmName) throw new Error("post-build: Trunk's loader does not name the glue and the wasm as expected");
const startModule =
  // The glue imported dynamically, so that its failing to load is caught here too (the loader
  // preloads it with this module: no later request).
  `let wasm;\n` +
  // A RuntimeError is the app itself failing once running: the panic screen's business.
  // The wasm's address from the module's own (a pre-rendered page may be in a folder).
  `try { wasm = await (await import('./${glueName}')).default({ module_or_path: new URL('./${wasmName}', import.meta.url) }); } catch (error) {\n` +
  `  if (error instanceof WebAssembly.RuntimeError) throw error;\n` +
  `  dispatchEvent(new CustomEvent("frontier-cost-failed", { detail: error }));\n}\n` +
  `if (wasm) {\n` +
  "const m=document.querySelector('meta[name=frontier-cost-css]');if(m){const l=document.createElement('link');l.rel='stylesheet';l.href=m.content;document.head.append(l)}\n" +
  // Started: the loader may now have the service worker keep the files (see static/boot.js).
  "dispatchEvent(new Event('frontier-cost-started'))\n}\n";
const hashed = (prefix, text, ext) => `${prefix}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.${ext}`;
// SHA-256: as safe a check as SHA-384 here, and its hash is 21 characters shorter in every
// page (four hashes, in every first load).
const sri = (bytes) => `sha256-${createHash("sha256").update(bytes).digest("base64")}`;
const startCode = (await minify(startModule, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
if (!startCode) throw new Error("post-build: terser gave nothing for the app's module");
const startName = hashed("start", startCode, "js");
writeFileSync(join(staging, startName), startCode);
html = html.replace(inline, `<script defer src="./__BOOT__"></script><link rel="modulepreload" crossorigin href="./${startName}" integrity="${sri(startCode)}">`);
console.log(`post-build: Trunk's loader moved to ${startName}`);
// One stylesheet instead of one per area (styles/*.css): one request, and gzip compresses the
// whole far better than the parts (about 3 KB less to download).
{
  const links = html.match(/<link\b[^>]*\brel="?stylesheet\b[^>]*>/g) ?? [];
  const hrefs = links.map((tag) => tag.match(/\bhref="?\.\/([^" >]+)"?/)?.[1]);
  if (links.length > 1 && hrefs.every(Boolean)) {
    const css = hrefs.map((href) => readFileSync(join(staging, href), "utf8")).join("\n");
    const name = `styles-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
    writeFileSync(join(staging, name), css);
    const integrity = sri(css);
    html = html.replace(links[0], `<link rel="stylesheet" href="./${name}" integrity="${integrity}">`);
    for (const tag of links.slice(1)) html = html.replace(tag, "");
    for (const href of hrefs) unlinkSync(join(staging, href));
    console.log(`post-build: ${links.length} stylesheets bundled into ${name}`);
  }
}

// Stylesheets carry Trunk's integrity hash. An embed sandboxed without allow-same-origin has
// an opaque origin, for which every request is cross-origin: the integrity of a no-cors
// stylesheet cannot be checked and Chromium blocks it. Fetching it with CORS (the server sends
// Access-Control-Allow-Origin on .css, see README) keeps the check and lets it load.
// (The release build's HTML is minified: attribute values may have lost their quotes.)
html = html.replace(/<link\b[^>]*>/g, (tag) =>
  /\brel="?stylesheet\b/.test(tag) && /\bintegrity=/.test(tag) && !/\bcrossorigin\b/.test(tag)
    ? tag.replace(/^<link\b/, '<link crossorigin="anonymous"')
    : tag,
);

// The styles of what readers open on demand (the Embed dialog, the Share menu's panel) are not
// in the first load: minified, under a hashed name in a <meta>, added by the loader (its last
// line, above) once the app has started, like the deferred English texts below.
{
  const source = join(staging, "later.css");
  const css = readFileSync(source, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};:,>])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
  const name = `later-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(staging, name), css + "\n");
  unlinkSync(source);
  html = html.replace("</head>", `<meta name="frontier-cost-css" content="./${name}"></head>`);
  console.log(`post-build: on-demand styles in ${name}`);
}

// The table of Chinese texts (the wasm has none compiled in: English readers never download
// them), under a name that changes with its content so that it can be cached for ever. The
// page finds the name in a <meta>, and fetches the file only when a reader wants Chinese.
{
  const texts = readFileSync(new URL("../static/zh-texts.txt", import.meta.url), "utf8");
  const name = `zh-texts-${createHash("sha256").update(texts).digest("hex").slice(0, 16)}.txt`;
  writeFileSync(join(staging, name), texts);
  html = html.replace("</head>", `<meta name="frontier-cost-zh" content="./${name}"></head>`);
  console.log(`post-build: Chinese texts in ${name}`);
}

/** The glue `js` with the snippets of `inline_js` and `#[wasm_bindgen(module)]` (a few lines
 * each, no imports of their own, in `dir`/snippets) inlined, each in its own scope; their
 * paths are pushed on `inlined`. */
function inlineSnippets(glue, dir, js, inlined) {
  // Each snippet once, as an object of its functions, however many import lines name it
  // (wasm-bindgen writes one per extern block).
  const objects = new Map();
  const object = (path) => {
    if (objects.has(path)) return { name: objects.get(path), code: "" };
    const code = readFileSync(join(dir, path), "utf8");
    if (/^\s*import\s*[{*\w]|\bexport\s+(?!function\b)/m.test(code)) throw new Error(`post-build: ${path} cannot be inlined`);
    const names = [...code.matchAll(/\bexport function ([A-Za-z0-9_$]+)/g)].map((m) => m[1]);
    const name = `__snippet${objects.size}`;
    objects.set(path, name);
    inlined.push(path);
    return { name, code: `const ${name} = (() => {\n${code.replace(/\bexport function /g, "function ")}\nreturn { ${names.join(", ")} };\n})();\n` };
  };
  glue = glue.replace(/^import \{ ([A-Za-z0-9_$]+(?:, [A-Za-z0-9_$]+)*) \} from '\.\/(snippets\/[^']+\.js)';\n/gm, (_, names, path) => {
    const { name, code } = object(path);
    return `${code}const { ${names} } = ${name};\n`;
  });
  // A snippet the wasm imports as a whole module (`import * as importN`, then named in the
  // imports object by its path): the same object.
  glue = glue.replace(/^import \* as ([A-Za-z0-9_$]+) from ["']\.\/(snippets\/[^"']+\.js)["'];?\n/gm, (_, alias, path) => {
    const { name, code } = object(path);
    return `${code}const ${alias} = ${name};\n`;
  });
  // The imports object still names the module by its path: a key, not a request.
  if (/^import .*\bsnippets\//m.test(glue)) throw new Error(`post-build: a snippet of ${js} was not inlined`);
  return glue;
}

/** wasm-bindgen's glue comes unminified (Trunk minifies only the HTML and CSS): terser, with
 * its safe defaults, halves what it costs to download. Exported names are kept. */
async function minified(glue, js) {
  const result = await minify(glue, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!result.code) throw new Error(`post-build: terser gave nothing for ${js}`);
  return result.code;
}

// The on-demand module (src/later_main.rs: the Embed dialog, exports, chart images), which the
// page loads on first use (src/later.rs): built here, with the same profile, features and
// tools as Trunk's build of the page, under hashed names named in a <meta>. Its imports keep
// their names: it is not in the first load.
{
  const release = process.env.TRUNK_PROFILE !== "debug";
  const root = new URL("..", import.meta.url).pathname;
  const features = process.env.FRONTIER_COST_FEATURES ? ["--features", process.env.FRONTIER_COST_FEATURES] : [];
  const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  run("cargo", ["build", "--target=wasm32-unknown-unknown", "--offline", ...(release ? ["--release"] : []), ...features, "--bin", "frontier-cost-later"]);
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(root, "target");
  const built = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", "frontier-cost-later.wasm");
  const out = mkdtempSync(join(tmpdir(), "later-"));
  run("wasm-bindgen", ["--target=web", `--out-dir=${out}`, "--out-name=later", "--no-typescript", built]);
  if (release) {
    const wasmOpt = existsSync(join(root, "node_modules/.bin/wasm-opt")) ? join(root, "node_modules/.bin/wasm-opt") : "wasm-opt";
    // The page's own wasm-opt options (index.html, data-wasm-opt-params).
    run(wasmOpt, [`--output=${join(out, "later_bg.wasm")}`, "-Oz", join(out, "later_bg.wasm"),
      "--low-memory-unused", "--converge", "--reorder-functions-by-name", "--strip-producers", "--strip-target-features"]);
  }
  const wasmBytes = readFileSync(join(out, "later_bg.wasm"));
  let glue = inlineSnippets(readFileSync(join(out, "later.js"), "utf8"), out, "later.js", []);
  if (release) glue = await minified(glue, "later.js");
  const hash = createHash("sha256").update(wasmBytes).update(glue).digest("hex").slice(0, 16);
  writeFileSync(join(staging, `later-${hash}_bg.wasm`), wasmBytes);
  writeFileSync(join(staging, `later-${hash}.js`), glue);
  rmSync(out, { recursive: true, force: true });
  html = html.replace("</head>", `<meta name="frontier-cost-later" content="./later-${hash}.js"></head>`);
  console.log(`post-build: on-demand module in later-${hash}.js and later-${hash}_bg.wasm`);
}

// The wasm's imports under names of one or two letters in the wasm and its glue (about 5 KB
// less to download, see scripts/short-imports.mjs), the glue minified (2 KB less); both
// files' integrity hashes follow.
{
  const js = html.match(/\bhref="?\.\/(frontier-cost-[0-9a-f]+\.js)\b/)?.[1];
  const wasm = html.match(/\bhref="?\.\/(frontier-cost-[0-9a-f]+_bg\.wasm)\b/)?.[1];
  if (!js || !wasm) throw new Error("post-build: the app's .js or .wasm is not named in index.html");
  const count = shortenImports(join(staging, wasm), join(staging, js));
  // The snippets of `inline_js` and `#[wasm_bindgen(module)]` (a few lines each, no imports
  // of their own) go into the glue, each in its own scope: three requests and preloads fewer.
  const inlined = [];
  const glue = inlineSnippets(readFileSync(join(staging, js), "utf8"), staging, js, inlined);
  for (const path of inlined) {
    let removed = 0;
    html = html.replace(/<link\b[^>]*>/g, (tag) => (tag.includes(`./${path}`) ? (removed++, "") : tag));
    if (removed !== 1) throw new Error(`post-build: ${removed} preloads of ${path} in index.html`);
  }
  // Snippets the page's wasm no longer calls (those only the on-demand module uses, such as
  // the chart images') are still preloaded by Trunk: not downloaded for nothing.
  html = html.replace(/<link\b[^>]*\.\/snippets\/[^>]*>/g, "");
  rmSync(join(staging, "snippets"), { recursive: true, force: true });
  writeFileSync(join(staging, js), await minified(glue, js));
  for (const file of [js, wasm]) {
    const integrity = sri(readFileSync(join(staging, file)));
    let updated = 0;
    html = html.replace(/<link\b[^>]*>/g, (tag) =>
      tag.includes(`./${file}`) && /\bintegrity=/.test(tag)
        // Quoted: a SHA-256 hash in base64 ends in "=", which an unquoted value may not hold.
        ? (updated++, tag.replace(/\bintegrity=("?)sha(?:256|384|512)-[A-Za-z0-9+/=]+\1/, `integrity="${integrity}"`))
        : tag,
    );
    if (updated !== 1) throw new Error(`post-build: ${updated} integrity hashes of ${file} in index.html`);
  }
  console.log(`post-build: ${count} wasm imports renamed, ${inlined.length} snippets inlined`);
}

// The English of the texts shown only on demand (help and notes: the model's `deferred-en`),
// fetched once the page has started, likewise under a name that changes with its content.
{
  const texts = readFileSync(new URL("../crates/model/deferred-en.txt", import.meta.url), "utf8");
  const name = `help-texts-${createHash("sha256").update(texts).digest("hex").slice(0, 16)}.txt`;
  writeFileSync(join(staging, name), texts);
  html = html.replace("</head>", `<meta name="frontier-cost-en" content="./${name}"></head>`);
  console.log(`post-build: deferred English texts in ${name}`);
}

// Epoch AI's 82 cost estimates for version 2's trajectory chart (not in the wasm, whose first
// load is near its budget): fetched when the chart is shown, under a hashed name in a <meta>.
{
  const points = readFileSync(new URL("../crates/model/data/epoch-points.tsv", import.meta.url), "utf8");
  const name = `epoch-points-${createHash("sha256").update(points).digest("hex").slice(0, 16)}.tsv`;
  writeFileSync(join(staging, name), points);
  html = html.replace("</head>", `<meta name="frontier-cost-epoch" content="./${name}"></head>`);
  console.log(`post-build: Epoch AI's estimates in ${name}`);
}

// The app's three files (its module, the glue, the wasm: about 240 KB) as preloads kept in an
// inert <template>, put in the head at once on a page whose numbers its markup does not show
// (by static/pending.js while the html is parsed: one small request after the html), and by
// the loader after the first paint on a pre-rendered page showing its own state, whose
// numbers are readable before any of it arrives. Preloaded from the html, they shared a
// phone's bandwidth with the stylesheet and delayed that paint by about a second
// (Lighthouse's mobile preset: largest contentful paint 2.4 s, 1.1–1.3 s without them).
{
  const preloads = [];
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    if (!/\brel="?(?:module)?preload\b/.test(tag)) return tag;
    if (!/\.\/(?:start-[0-9a-f]+\.js|frontier-cost-[0-9a-f]+(?:_bg\.wasm|\.js))\b/.test(tag)) return tag;
    preloads.push(tag);
    return "";
  });
  if (preloads.length !== 3) throw new Error(`post-build: ${preloads.length} preloads of the app's module, glue and wasm, not 3`);
  const loader = '<script defer src="./__BOOT__"></script>';
  if (!html.includes(loader)) throw new Error("post-build: the loader's tag is not in index.html");
  // Before the loader, so that a pre-rendered page's blocking check (static/pending.js, which
  // goes right before the loader) finds it while the html is still parsed.
  html = html.replace(loader, `<template id="fc-preloads">${preloads.join("")}</template>${loader}`);
}

// The public address (PUBLIC_URL, optional): oEmbed, canonical and social cards need absolute
// URLs, but the deployment address is unknown at build time. Without it they stay relative.
let publicUrl = null;
if (process.env.PUBLIC_URL) {
  const url = new URL(process.env.PUBLIC_URL);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`PUBLIC_URL must be http(s): ${process.env.PUBLIC_URL}`);
  url.search = "";
  url.hash = "";
  if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html")) url.pathname += "/";
  publicUrl = url.href;
}
const at = (file) => (publicUrl ? new URL(file, publicUrl).href : `./${file}`);
const base = publicUrl ?? "./";
// index.html marks these addresses `__PUBLIC__/<file>` (canonical, oEmbed, og:url, og:image).
const placeholder = /(["']?)__PUBLIC__\/([A-Za-z0-9._-]*)\1/g;
const placeholders = html.match(placeholder)?.length ?? 0;
if (placeholders < 4) throw new Error(`post-build: expected 4 __PUBLIC__ addresses in index.html, found ${placeholders}`);
html = html.replace(placeholder, (_, _quote, file) => `"${file ? at(file) : base}"`);
// The classic loader (static/boot.js), given the app's module and the failure message's
// script (static/startup-failed.js), given the pre-rendered pages (every `<dir>/index.html` of
// the build: a page that cannot start links to the nearest one); minified, under hashed names.
/** The pre-rendered pages of the build (every `<dir>/index.html`), as folders. */
function listPages() {
  return readdirSync(staging, { recursive: true })
    .map((path) => String(path).split(sep).join("/"))
    .filter((path) => path.endsWith("/index.html"))
    .map((path) => path.slice(0, -"index.html".length))
    .sort();
}
/** Writes the start-up message's script (given `pages`) and the loader naming it. */
async function writeLoader(pages) {
  const es5 = async (source, what) => {
    const code = (await minify(source, { ecma: 5, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
    if (!code) throw new Error(`post-build: terser gave nothing for ${what}`);
    return code;
  };
  const failure = await es5(
    readFileSync(new URL("../static/startup-failed.js", import.meta.url), "utf8").replace('"__PAGES__"', JSON.stringify(pages)),
    "static/startup-failed.js",
  );
  const failureName = hashed("startup-failed", failure, "js");
  writeFileSync(join(staging, failureName), failure);
  const boot = await es5(
    readFileSync(new URL("../static/boot.js", import.meta.url), "utf8")
      .replace('"__START__"', JSON.stringify(startName))
      .replace('"__FAILED__"', JSON.stringify(failureName)),
    "static/boot.js",
  );
  const bootName = hashed("boot", boot, "js");
  writeFileSync(join(staging, bootName), boot);
  return { bootName, failureName };
}
const firstBoot = await writeLoader(listPages());
html = html.replace("./__BOOT__", `./${firstBoot.bootName}`);
console.log(`post-build: loader ${firstBoot.bootName}, its message ${firstBoot.failureName}`);
// Written once, with every change above.
writeFileSync(indexPath, html);

// oEmbed: a static "rich" response with the same code the Embed dialog gives by default
// (iframe and resizing script; see src/model/embed.rs `embed_code`).
const title = "What does it cost to build a frontier AI model?";
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const height = 720;
// The latest schema version (one edition per version, crates/model/src/edition.rs): a link with
// keys but no `v` is version 1 forever, so a new embed names the version it was made in.
const editions = readFileSync(new URL("../crates/model/src/edition.rs", import.meta.url), "utf8");
const latestVersion = editions.match(/pub static EDITIONS: \[&Edition; (\d+)\]/)?.[1];
if (!latestVersion) throw new Error("post-build: the number of editions is not in edition.rs");
const embedHtml =
  `<iframe src="${escapeHtml(`${base}?v=${latestVersion}&embed=1`)}" title="${escapeHtml(title)}" loading="lazy" ` +
  `allow="clipboard-write; web-share; fullscreen" height="${height}" ` +
  `style="width:100%;height:${height}px;border:0" data-frontier-cost></iframe>\n` +
  `<script src="${escapeHtml(at("embed.js"))}" async></script>`;
const oembed = {
  version: "1.0",
  type: "rich",
  title,
  provider_name: "Frontier AI cost calculator",
  provider_url: base,
  html: embedHtml,
  width: 640,
  height,
  thumbnail_url: at("social-card.png"),
  thumbnail_width: 1200,
  thumbnail_height: 630,
  cache_age: 86400,
};
writeFileSync(join(staging, "oembed.json"), JSON.stringify(oembed, null, 2) + "\n");
console.log(`post-build: oembed.json and social tags written (${publicUrl ? `public address ${publicUrl}` : "relative: set PUBLIC_URL for absolute"})`);

// Then the methodology page, styled with the bundled stylesheet, then (release builds) the
// pre-rendered pages, which need everything above finished.
await import("./render-docs.mjs");
await import("./prerender.mjs");

// The start-up message links to the nearest pre-rendered page: now that they are written, the
// message and the loader that names it are made again with their list, and every page names
// the new loader.
{
  const pages = listPages();
  if (pages.length > 0) {
    const { bootName: next, failureName } = await writeLoader(pages);
    for (const page of ["", ...pages]) {
      const path = join(staging, page, "index.html");
      writeFileSync(path, readFileSync(path, "utf8").replaceAll(firstBoot.bootName, next));
    }
    if (next !== firstBoot.bootName) {
      unlinkSync(join(staging, firstBoot.bootName));
      if (failureName !== firstBoot.failureName) unlinkSync(join(staging, firstBoot.failureName));
    }
    console.log(`post-build: loader ${next} names ${pages.length} pre-rendered pages`);
  }
}

// Last, the service worker, which lists every file of the release (scripts/service-worker.mjs):
// a step that changes the build's files after this one must write it again.
writeServiceWorker(staging);
