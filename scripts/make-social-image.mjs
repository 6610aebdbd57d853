// Renders the generic social card (Open Graph / Twitter, 1200×630) to static/social-card.png
// with Debian's Chromium: the title, a stylised stacked-bar motif and no numbers, so that it
// never contradicts what a shared link shows. Run after changing the design:
//   node scripts/make-social-image.mjs
// Also gives scripts/prerender.mjs the look of the presets' cards (`socialCardHtml`).
import { chromium } from "@playwright/test";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/playwright.config.mjs";

// Cost lines of the calculator (styles/main.css): data, compute, energy, facility, staff.
const COLOURS = ["#7a4da1", "#1f6aac", "#9a6a00", "#4a7a23", "#b4442d"];
// Stacked bars growing over the years, each split into the five lines: shapes, not data.
const BARS = [
  [0.05, 0.5, 0.07, 0.1, 0.28],
  [0.06, 0.52, 0.08, 0.1, 0.24],
  [0.07, 0.55, 0.08, 0.11, 0.19],
  [0.08, 0.57, 0.09, 0.11, 0.15],
  [0.09, 0.58, 0.1, 0.11, 0.12],
];
const LENGTHS = [130, 200, 280, 360, 440];

function bars() {
  const rows = [];
  BARS.forEach((shares, i) => {
    const y = 40 + i * 62;
    let x = 0;
    shares.forEach((share, j) => {
      const width = share * LENGTHS[i];
      rows.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(width - 3, 1).toFixed(1)}" height="42" fill="${COLOURS[j]}"/>`);
      x += width;
    });
  });
  return rows.join("");
}

const STYLE = `
  html, body { margin: 0; }
  body { width: 1200px; height: 630px; background: #f8f6f1; color: #1b1b1b; overflow: hidden;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif; position: relative; }
  .rule { position: absolute; left: 0; top: 0; width: 1200px; height: 14px; background: #1d4f7c; }
  .kicker { position: absolute; left: 80px; top: 92px; font-size: 26px; font-weight: 700;
    letter-spacing: 0.12em; text-transform: uppercase; color: #575757; }
  h1 { position: absolute; left: 80px; top: 138px; width: 580px; margin: 0;
    font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 66px; line-height: 1.08;
    font-weight: 700; letter-spacing: -0.01em; }
  .dek { position: absolute; left: 80px; top: 400px; width: 560px; margin: 0; font-size: 28px;
    line-height: 1.35; color: #575757; }
  svg { position: absolute; left: 700px; top: 120px; }
  .axis { stroke: #1b1b1b; stroke-width: 3; }
  .foot { position: absolute; left: 80px; bottom: 40px; font-size: 22px; color: #1d4f7c; font-weight: 700; }`;

const html = `<!doctype html>
<html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
  <div class="rule"></div>
  <div class="kicker">Open calculator</div>
  <h1>What does it cost to build a frontier AI model?</h1>
  <p class="dek">Data, chips, data centres and people — and who can still afford it.</p>
  <div class="foot">Open source · runs in your browser · no tracking</div>
  <svg width="460" height="380" viewBox="0 0 460 380" aria-hidden="true">
    <line class="axis" x1="1.5" y1="20" x2="1.5" y2="360" />
    <g transform="translate(4 0)">${bars()}</g>
  </svg>
</body></html>`;

const escape = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A preset's card: its name, total, capital required, barrier level and the figures' date,
 * as its pre-rendered page shows them (texts taken from the page, never recomputed). */
export function socialCardHtml(f) {
  return `<!doctype html>
<html><head><meta charset="utf-8"><style>${STYLE}
  h1 { top: 130px; width: 1040px; font-size: 60px; }
  .figures { position: absolute; left: 80px; top: 250px; display: flex; gap: 56px; }
  .figure span { display: block; font-size: 24px; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase; color: #575757; }
  .figure strong { display: block; margin-top: 8px; font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 88px; line-height: 1; }
  .figure.level strong { font-size: 44px; line-height: 1.15; max-width: 320px; }
  .figure.level em { display: block; font-style: normal; font-size: 24px; color: #575757; }
  .date { position: absolute; left: 80px; top: 500px; margin: 0; font-size: 26px; color: #575757; }
  .foot { right: 80px; }
</style></head><body>
  <div class="rule"></div>
  <div class="kicker">What does it cost to build a frontier AI model?</div>
  <h1>${escape(f.presetName)}</h1>
  <div class="figures">
    <div class="figure"><span>${escape(f.totalLabel)}</span><strong>${escape(f.total)}</strong></div>
    <div class="figure"><span>${escape(f.capitalLabel)}</span><strong>${escape(f.capital)}</strong></div>
    <div class="figure level"><span>${escape(f.levelLabel)}</span><strong>${escape(f.level)}</strong><em>${escape(f.levelIndex)}</em></div>
  </div>
  <p class="date">Figures as of ${escape(f.asOf)} (link version ${escape(f.version)}) · change any of them in the open calculator</p>
  <div class="foot">Open source · runs in your browser · no tracking</div>
</body></html>`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const OUT = process.argv[2] ?? "static/social-card.png";
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: OUT, type: "png" });
  await browser.close();
  console.log(`${OUT}: ${statSync(OUT).size} bytes`);
}
