// Deterministic size budgets for the release build: what a reader downloads on first load
// (html + js + wasm + css, gzip) and that the page references nothing on another origin.
// Prints one "ok …" or "FAIL …" line per budget; exits 1 when any fails.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const FIRST_LOAD_BUDGET = 250 * 1024;
const gzip = (buffer) => gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length;

const html = readFileSync(join(dist, "index.html"), "utf8");
// Everything the page itself loads before the app runs: its scripts, styles and preloads.
const referenced = [...html.matchAll(/(?:src|href)="?\.\/([^"?#> ]+)"?/g)].map((m) => m[1]);
const loaderFiles = referenced.filter((f) => f.endsWith(".js"));
// The loader imports the bindings, which fetch the wasm.
const firstLoad = new Set(["index.html", ...referenced.filter((f) => /\.(js|wasm|css)$/.test(f))]);
for (const loader of loaderFiles) {
  const text = readFileSync(join(dist, loader), "utf8");
  for (const m of text.matchAll(/['"]\.\/([^'"]+\.(?:js|wasm))['"]/g)) {
    if (existsSync(join(dist, m[1]))) firstLoad.add(m[1]);
  }
}

let failures = 0;
const check = (ok, text) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${text}`);
  if (!ok) failures += 1;
};

let total = 0;
const rows = [];
for (const file of [...firstLoad].sort()) {
  const bytes = readFileSync(join(dist, file));
  const size = gzip(bytes);
  total += size;
  rows.push(`    ${file.padEnd(48)} ${String(bytes.length).padStart(9)} B raw ${String(size).padStart(8)} B gzip`);
}
console.log(rows.join("\n"));
check(firstLoad.has("index.html") && [...firstLoad].some((f) => f.endsWith(".wasm")), "first load includes the page and its wasm");
check(total <= FIRST_LOAD_BUDGET, `first-load transfer ${(total / 1024).toFixed(1)} KB gzip ≤ ${FIRST_LOAD_BUDGET / 1024} KB`);

// First view: the HTML and CSS a reader needs to see the numbers (the pre-rendered page and its
// stylesheet, not the scripts, the wasm or the styles loaded on demand), for every page.
const FIRST_VIEW_BUDGET = 40 * 1024;
{
  const pages = ["index.html", ...readdirSync(dist, { recursive: true }).filter((f) => /(^|\/)[^/]+\/index\.html$/.test(f))];
  let largest = { size: 0 };
  for (const page of pages) {
    const text = readFileSync(join(dist, page), "utf8");
    // A page in a folder names the site's files through <base>.
    const styles = [...text.matchAll(/<link\b[^>]*\brel="?stylesheet\b[^>]*>/g)].map((m) => m[0].match(/\bhref="?\.\/([^" >]+)"?/)?.[1]);
    const size = gzip(Buffer.from(text)) + styles.reduce((sum, css) => sum + gzip(readFileSync(join(dist, css))), 0);
    if (size > largest.size) largest = { page, size };
    if (page === "index.html") {
      console.log(`    first view of index.html: ${size} B gzip (html ${gzip(Buffer.from(text))} B + css)`);
      check(styles.length > 0 && /data-out="?total/.test(text), "the default page is pre-rendered, with its stylesheet");
    }
  }
  check(
    largest.size <= FIRST_VIEW_BUDGET,
    `first view (html + css) ${(largest.size / 1024).toFixed(1)} KB gzip ≤ ${FIRST_VIEW_BUDGET / 1024} KB, the largest of ${pages.length} pages (${largest.page})`,
  );
}

// Nothing in the built files points at another origin (fonts, CDNs, analytics). The release
// HTML is minified, so attribute values may have no quotes and attributes any order.
// Links a reader follows (<a href>, the sources in pre-rendered pages) load nothing either.
const discovery = /<link\b[^>]*\brel=["']?(?:canonical|alternate)\b[^>]*>|<a\b[^>]*>/g;
const foreign = /\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\/[^"'\s>]+|url\(\s*["']?(?:https?:)?\/\/[^)]+\)|@import\s+["']?(?:https?:)?\/\//g;
const findForeign = (text) => [...text.replace(discovery, "").matchAll(foreign)].map((m) => m[0]);
// The check itself must see what it is for, in every way a minifier may write it.
const planted = [
  "<script src=https://cdn.example/a.js></script>",
  '<link rel=stylesheet href="//fonts.example/b.css">',
  "<img src='http://x.example/c.png'>",
  "a{background:url(https://x.example/d.png)}",
  '@import "https://x.example/e.css";',
  "<link href=https://x.example/f rel=canonical><link rel=alternate href=https://x.example/g>",
  '<a href="https://x.example/h" rel=noopener>a source</a>',
];
const seen = planted.map((text) => findForeign(text).length);
check(
  seen.join() === "1,1,1,1,1,0,0",
  `the foreign-origin check sees planted references and ignores discovery links (${seen.join()})`,
);
const external = [];
for (const file of readdirSync(dist, { recursive: true })) {
  if (!/\.(html|css|js)$/.test(file)) continue;
  // Canonical and oEmbed discovery links name the page's own public address (PUBLIC_URL)
  // and are never fetched by the page itself.
  for (const found of findForeign(readFileSync(join(dist, file), "utf8"))) {
    external.push(`${file}: ${found}`);
  }
}
check(external.length === 0, `no asset loaded from another origin${external.length ? ": " + external.join(", ") : ""}`);
process.exit(failures ? 1 : 0);
