// Trunk post-build hook: moves Trunk's inline module loader into its own file so the page
// runs under `script-src 'self'` (no 'unsafe-inline'). Runs in Trunk's staging directory.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

const inline = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) throw new Error("post-build: Trunk's inline loader was not found in index.html");
const loader = match[1].trim() + "\n";
const hash = createHash("sha256").update(loader).digest("hex").slice(0, 16);
const loaderName = `boot-${hash}.js`;
writeFileSync(join(staging, loaderName), loader);
html = html.replace(inline, `<script type="module" src="./${loaderName}"></script>`);
writeFileSync(indexPath, html);
console.log(`post-build: loader moved to ${loaderName}`);
