// Run by the post-build hook (scripts/post-build.mjs), last: renders docs/methodology.md to methodology.html and docs/changes.md
// to changes.html in dist/, styled with the app's own stylesheet, so the footer's links work on any host.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { marked } from "marked";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk");

const stylesheet = readdirSync(staging).find((file) => /^styles-[0-9a-f]+\.css$/.test(file));
// The app's own icon, so that the browser does not ask for a /favicon.ico that is not there.
const icon = readdirSync(staging).find((file) => /^favicon-[0-9a-f]+\.svg$/.test(file));
/** Writes `docs/<name>.md` as `<name>.html`: same styles, a strict policy, no script. */
function render(name, fallbackTitle) {
  const markdown = readFileSync(join(source, `docs/${name}.md`), "utf8");
  const title = markdown.match(/^# (.+)$/m)?.[1] ?? fallbackTitle;
  const body = marked.parse(markdown, { gfm: true });
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self' data:; script-src 'none'; object-src 'none'; base-uri 'self'" />
    <title>${title} · What does it cost to build a frontier AI model?</title>
    ${stylesheet ? `<link rel="stylesheet" href="./${stylesheet}" />` : ""}
    ${icon ? `<link rel="icon" href="./${icon}" type="image/svg+xml" />` : ""}
  </head>
  <body>
    <main class="app doc">
      <p class="kicker"><a href="./">← Back to the calculator</a></p>
      ${body}
    </main>
  </body>
</html>
`;
  writeFileSync(join(staging, `${name}.html`), html);
  console.log(`render-docs: ${name}.html written`);
}

render("methodology", "Methodology");
render("changes", "What changed");
