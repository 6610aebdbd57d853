// Bytes of the release build per file and in total: raw, gzip (level 9) and brotli (level 11).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const html = readFileSync(join(dist, "index.html"), "utf8");
const firstLoad = new Set(["index.html", ...[...html.matchAll(/(?:src|href)="?\.\/([^"?#> ]+\.(?:js|wasm|css))"?/g)].map((m) => m[1])]);
const rows = readdirSync(dist)
  .filter((f) => statSync(join(dist, f)).isFile())
  .sort()
  .map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes), first: firstLoad.has(file) };
  });
const pad = (v, n = 10) => String(v).padStart(n);
console.log(`${"file".padEnd(46)}${pad("raw")}${pad("gzip")}${pad("brotli")}  first load`);
for (const r of rows) console.log(`${r.file.padEnd(46)}${pad(r.raw)}${pad(r.gzip)}${pad(r.brotli)}  ${r.first ? "yes" : ""}`);
const sum = (rs, k) => rs.reduce((s, r) => s + r[k], 0);
const first = rows.filter((r) => r.first);
console.log(`${"total, all files".padEnd(46)}${pad(sum(rows, "raw"))}${pad(sum(rows, "gzip"))}${pad(sum(rows, "brotli"))}`);
console.log(`${"total, first load (html+js+wasm+css)".padEnd(46)}${pad(sum(first, "raw"))}${pad(sum(first, "gzip"))}${pad(sum(first, "brotli"))}`);
// First view: the pre-rendered default page and its stylesheet, what shows the numbers.
const view = rows.filter((r) => r.file === "index.html" || (r.first && r.file.endsWith(".css")));
console.log(`${"first view (html+css)".padEnd(46)}${pad(sum(view, "raw"))}${pad(sum(view, "gzip"))}${pad(sum(view, "brotli"))}`);
// The pre-rendered pages in folders (scripts/prerender.mjs).
for (const page of readdirSync(dist, { recursive: true }).filter((f) => /\/index\.html$/.test(f)).sort()) {
  const bytes = readFileSync(join(dist, page));
  console.log(`${page.padEnd(46)}${pad(bytes.length)}${pad(gzip(bytes))}${pad(brotli(bytes))}`);
}
