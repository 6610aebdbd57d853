// Writes a build's service worker, sw.js (static/sw.js filled in): the list of the release's
// files and a version that changes with any of them. Called last by post-build.mjs; run it
// again on a directory whose files a later step changed: node scripts/service-worker.mjs <dir>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Hashed files the page may load (not the social cards: images for other sites).
const HASHED = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css|txt|tsv|svg|json)$/;
// The on-demand module (the Embed dialog, Share panel, exports: about 150 KB) is kept when a
// reader first uses it, not downloaded for every reader of every release.
const ON_USE = /^later-[0-9a-f]+(_bg)?\.(js|wasm)$/;
// Fixed names the page itself loads on demand (the panic screen, chart images).
const FIXED = ["panic.js", "chart-image.js"];

export function writeServiceWorker(dir) {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const boot = html.match(/\bsrc="?\.\/(boot-[0-9a-f]+\.js)\b/)?.[1];
  if (!boot) throw new Error("service-worker: index.html names no boot-<hash>.js");
  const names = readdirSync(dir);
  const files = [...names.filter((name) => HASHED.test(name) && !ON_USE.test(name)).sort(), ...FIXED.filter((name) => names.includes(name))];
  const version = createHash("sha256");
  for (const file of ["index.html", ...files]) version.update(file).update("\0").update(readFileSync(join(dir, file))).update("\0");
  const worker = readFileSync(new URL("../static/sw.js", import.meta.url), "utf8")
    .replace('"__VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
    .replace('"__FILES__"', JSON.stringify(["./", ...files]))
    .replace('"__BOOT__"', JSON.stringify(boot));
  writeFileSync(join(dir, "sw.js"), worker);
  console.log(`service-worker: sw.js lists ${files.length + 1} files`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeServiceWorker(process.argv[2] ?? "dist");
}
