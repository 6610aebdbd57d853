// Trunk post-build hook: moves Trunk's inline module loader into its own file so the page
// runs under `script-src 'self'` (no 'unsafe-inline'). Runs in Trunk's staging directory.
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

const inline = /<script type="?module"?(?: nonce="?[^">]*"?)?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("post-build: Trunk's inline loader was not found in index.html");
const loader = match[1].trim() + "\n";
const hash = createHash("sha256").update(loader).digest("hex").slice(0, 16);
const loaderName = `boot-${hash}.js`;
writeFileSync(join(staging, loaderName), loader);
html = html.replace(inline, `<script type="module" src="./${loaderName}"></script>`);
console.log(`post-build: loader moved to ${loaderName}`);

// One stylesheet instead of one per area (styles/*.css): one request, and gzip compresses the
// whole far better than the parts (about 3 KB less to download).
{
  const links = html.match(/<link\b[^>]*\brel="?stylesheet\b[^>]*>/g) ?? [];
  const hrefs = links.map((tag) => tag.match(/\bhref="?\.\/([^" >]+)"?/)?.[1]);
  if (links.length > 1 && hrefs.every(Boolean)) {
    const css = hrefs.map((href) => readFileSync(join(staging, href), "utf8")).join("\n");
    const name = `styles-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
    writeFileSync(join(staging, name), css);
    const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
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

// Epoch AI's 82 cost estimates for version 2's trajectory chart (not in the wasm, whose first
// load is near its budget): fetched when the chart is shown, under a hashed name in a <meta>.
{
  const points = readFileSync(new URL("../crates/model/data/epoch-points.tsv", import.meta.url), "utf8");
  const name = `epoch-points-${createHash("sha256").update(points).digest("hex").slice(0, 16)}.tsv`;
  writeFileSync(join(staging, name), points);
  html = html.replace("</head>", `<meta name="frontier-cost-epoch" content="./${name}"></head>`);
  console.log(`post-build: Epoch AI's estimates in ${name}`);
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
// Written once, with every change above.
writeFileSync(indexPath, html);

// oEmbed: a static "rich" response with the same code the Embed dialog gives by default
// (iframe and resizing script; see src/model/embed.rs `embed_code`).
const title = "What does it cost to build a frontier AI model?";
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const height = 720;
const embedHtml =
  `<iframe src="${escapeHtml(`${base}?embed=1`)}" title="${escapeHtml(title)}" loading="lazy" ` +
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

// Last, the methodology page, styled with the bundled stylesheet.
await import("./render-docs.mjs");
