// What a link or a keyboard can throw at the page: values carrying HTML or script, in every kind
// of key, never execute or break the page; huge, numerous, garbled and exotic values are named
// in the notice and the page works on. (A panic: panic.spec.mjs.)
import { test, expect, openCalculator, outValue, shownText } from "./fixtures.mjs";

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = '"><script>alert(1)</script>';
const JS = "javascript:alert(1)";
const QUOTES = `'"\`';`;
const enc = encodeURIComponent;
/** A value as a notice repeats it: at most 40 characters. */
const echo = (text) => ([...text].length > 40 ? [...text].slice(0, 40).join("") + "…" : text);

/** Counts dialogs (alert, confirm, prompt) the page opens: there must be none. */
function watchDialogs(page) {
  const seen = [];
  page.on("dialog", async (dialog) => {
    seen.push(dialog.message());
    await dialog.dismiss();
  });
  return seen;
}

/** Nothing from the link became markup, a script or a javascript: link; no NaN or ∞ shown. */
async function expectNothingInjected(page) {
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror], [onerror], [onload]').length,
    inlineScripts: [...document.querySelectorAll("script")].filter((s) => !s.src).length,
    scriptsMentioningAlert: [...document.querySelectorAll("script")].filter((s) => /alert/.test(s.textContent + s.src)).length,
    javascriptLinks: [...document.querySelectorAll("[href], [src], [action], [formaction]")].filter((el) =>
      ["href", "src", "action", "formaction"].some((name) => /^\s*javascript:/i.test(el.getAttribute(name) || "")),
    ).length,
    probes: document.querySelectorAll("#probe, b.injected").length,
  }));
  found.bad = ((await shownText(page.locator("body"))).match(/NaN|Infinity|∞|undefined|\[object/g) || []).length;
  expect(found).toEqual({ images: 0, inlineScripts: 0, scriptsMentioningAlert: 0, javascriptLinks: 0, probes: 0, bad: 0 });
}

/** The total is a finite number and editing a field still changes it. */
async function expectWorking(page) {
  const total = await outValue(page, "total");
  expect(Number.isFinite(total) && total > 0).toBe(true);
  await page.locator('input[data-param="n"]').fill("12345");
  await expect(page.locator('[data-out="total"]')).not.toHaveAttribute("data-value", String(total));
  expect(Number.isFinite(await outValue(page, "total"))).toBe(true);
}

test("markup, script and javascript: in every kind of key never run and are named", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const query = [
    `v=1`,
    `preset=${enc(SCRIPT)}`,
    `n=${enc(IMG)}`,
    `chip=${enc(JS)}`,
    `mode=${enc(SCRIPT)}`,
    `lang=${enc("<i id=probe>zh</i>")}`,
    `cur=${enc(SCRIPT)}`,
    `fx=${enc(QUOTES)}`,
    `show=${enc(IMG)}`,
    `dark=${enc(JS)}`,
    `unc=${enc(SCRIPT)}`,
    `r.mfu=${enc(IMG)}`,
    `r.sal=0.5~${enc(JS)}`,
    `s1=${enc(IMG)}~gpt-4`,
    `s2=${enc(SCRIPT)}~gpt-4~n.${enc(JS)}`,
    `s3=${enc(JS)}~${enc(IMG)}`,
    `c=${enc(SCRIPT)}`,
    `${enc(IMG)}=${enc(SCRIPT)}`,
  ].join("&");
  await openCalculator(page, query);
  const notice = page.locator("[data-notice]");
  await expect(notice).toBeVisible();
  const expected = {
    preset: SCRIPT,
    n: IMG,
    chip: JS,
    mode: SCRIPT,
    lang: "<i id=probe>zh</i>",
    cur: SCRIPT,
    fx: QUOTES,
    show: IMG,
    dark: JS,
    unc: SCRIPT,
    "r.mfu": IMG,
    "r.sal": `0.5~${JS}`,
    "s2.n": JS,
    s3: `${JS}~${IMG}`,
    c: SCRIPT,
  };
  for (const [key, given] of Object.entries(expected)) {
    await expect(notice.locator(`[data-notice-key="${key}"]`), key).toContainText(`“${echo(given)}”`);
  }
  await expect(notice.locator("li")).toHaveCount(Object.keys(expected).length);
  // Scenario names are shown as text, exactly.
  await expect(page.locator(".scenario-name")).toHaveText([IMG, SCRIPT]);
  await expectNothingInjected(page);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  await expectWorking(page);
  // What the page writes back is its own canonical link, in unreserved characters.
  await expect.poll(() => new URL(page.url()).search).toMatch(/^\?v=1&preset=llama-3\.1-405b&n=12345&s1=\.[A-Za-z0-9_-]+~gpt-4&s2=\.[A-Za-z0-9_-]+~gpt-4$/);
  expect(dialogs).toEqual([]);
});

/** Opens a query too long for an ordinary server's request line (Node's and nginx's limits
 * are 8–16 KB): the browser asks for it, and the page's own HTML is served from the test. */
async function openLong(page, query) {
  const index = await page.request.get("./");
  const body = await index.text();
  const headers = index.headers();
  await page.route(
    (url) => url.search.length > 4000,
    (route) => route.fulfill({ status: 200, headers, body }),
  );
  await openCalculator(page, query);
}

test("a 100 KB value, 5,000 keys, percent garbage and exotic characters", async ({ page }) => {
  const dialogs = watchDialogs(page);
  const huge = "9".repeat(100_000);
  const garbage = [
    "v=1",
    "preset=gpt-4",
    `n=${huge}`,
    "mfu=%%%zz%",
    "p=%E4%B8",
    "lang=%FF%FE",
    "tok=%00",
    `staff=${enc("😀")}`,
    `lic=${enc("\u202e1e9")}`,
    `mon=${enc("１２")}`,
    `s1=${enc("大集群 ☃ \u0000\u200b")}~gpt-4~mon.%F0%9F`,
    `r.exp=${enc("٠٫٥~٢")}`,
    `${"x".repeat(3000)}=${enc(IMG)}`,
  ];
  const keys = Array.from({ length: 5000 }, (_, i) => `k${i}=${enc(i % 2 ? IMG : "%zz")}`);
  const query = [...garbage, ...keys].join("&");
  expect(query.length).toBeGreaterThan(100_000 + 5000 * 5);
  await openLong(page, query);
  const notice = page.locator("[data-notice]");
  await expect(notice).toBeVisible();
  // Only the first 200 pairs are read, and the notice says so.
  await expect(notice).toContainText("The link has 5013 parts: only the first 200 were read.");
  for (const key of ["n", "mfu", "p", "lang", "tok", "staff", "lic", "mon", "s1.mon", "r.exp"]) {
    await expect(notice.locator(`[data-notice-key="${key}"]`), key).toBeVisible();
  }
  // A value is repeated in at most 40 characters.
  await expect(notice.locator('[data-notice-key="n"]')).toContainText(`“${"9".repeat(40)}…”`);
  await expect(page.locator(".scenario-name")).toHaveText(["大集群 ☃"]);
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
  await expectWorking(page);
  // The page's own link is short again.
  await expect.poll(() => new URL(page.url()).search.length).toBeLessThan(300);
});

test("editing fields with hostile text keeps the page working", async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openCalculator(page, "v=1&preset=gpt-4");
  const field = page.locator('input[data-param="staff"]');
  for (const text of [IMG, SCRIPT, JS, QUOTES, "NaN", "9".repeat(5000), "1e999", "-1"]) {
    await field.fill(text);
    await field.blur();
    await expect(field).toHaveAttribute("aria-invalid", "true");
  }
  // A name with markup is text in the comparison.
  await page.locator("[data-scenario-name]").fill(SCRIPT);
  await page.getByRole("button", { name: "Pin this scenario" }).click();
  await expect(page.locator(".scenario-name")).toHaveText([SCRIPT.slice(0, 32)]);
  await expectNothingInjected(page);
  expect(dialogs).toEqual([]);
  await expectWorking(page);
});

test("the page runs under the strict Content-Security-Policy, and a violation would be caught", async ({ page, problems }) => {
  const response = await page.goto("./");
  const header = response.headers()["content-security-policy"];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const policy of [header, meta]) {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain("unsafe-inline");
  }
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  expect(problems.list).toEqual([]);
  // An inline script and an inline style added now are blocked and reported: the fixture's
  // check of every test is not vacuous.
  const result = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const seen = [];
        document.addEventListener("securitypolicyviolation", (event) => seen.push(event.violatedDirective));
        const script = document.createElement("script");
        script.textContent = "window.__ran = true";
        document.body.append(script);
        const styled = document.createElement("div");
        styled.setAttribute("style", "color: red");
        document.body.append(styled);
        setTimeout(() => resolve({ seen, ran: window.__ran === true }), 300);
      }),
  );
  expect(result.ran).toBe(false);
  expect(result.seen).toEqual(expect.arrayContaining(["script-src-elem", "style-src-attr"]));
  expect(problems.list.filter((p) => p.includes("CSP violation")).length).toBeGreaterThanOrEqual(2);
  // The provoked violations, as our listener and as Chromium itself report them.
  problems.expect(/CSP violation: (script-src-elem|style-src-attr)|Executing inline script violates|Applying inline style violates/);
});
