// Offline once loaded: the service worker (sw.js) keeps the release's files, so that the
// calculator opens and computes without a network; a new release replaces the old one on the
// next load, never a page of one with files of the other; embeds never register it. Each test
// serves its own copy of the build, so that it can stop the server or change the release.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test, expect, outValue, setParam } from "./fixtures.mjs";
import { startServer } from "../../scripts/static-server.mjs";
import { writeServiceWorker } from "../../scripts/service-worker.mjs";

const DIST = resolve(process.env.E2E_DIST || "dist");

/** A copy of the build, served on its own port; `swap` serves another root on the same port. */
async function ownServer(problems, root) {
  let served = await startServer({ root });
  problems.allow(new URL(served.url).origin);
  const stop = async () => {
    served.server.closeAllConnections();
    await new Promise((done) => served.server.close(done));
  };
  return {
    url: served.url,
    stop,
    swap: async (next) => {
      const port = served.port;
      await stop();
      served = await startServer({ root: next, port });
    },
  };
}

/** A second release: a copy of the build whose app module (and so loader, page and worker) changed. */
function secondRelease() {
  const dir = mkdtempSync(join(tmpdir(), "release-2-"));
  cpSync(DIST, dir, { recursive: true });
  const rename = (pattern, edit) => {
    const old = readdirSync(dir).find((name) => pattern.test(name));
    const code = edit(readFileSync(join(dir, old), "utf8"));
    const name = old.replace(/-[0-9a-f]{16}\./, `-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.`);
    writeFileSync(join(dir, old), code);
    renameSync(join(dir, old), join(dir, name));
    return { old, name, code };
  };
  const start = rename(/^start-.*\.js$/, (code) => `${code}\n// release 2\n`);
  const boot = rename(/^boot-.*\.js$/, (code) => code.replace(start.old, start.name));
  let html = readFileSync(join(dir, "index.html"), "utf8").replace(start.old, start.name).replace(boot.old, boot.name);
  html = html.replace(
    /(href="\.\/start-[0-9a-f]+\.js" integrity=")[^"]+/,
    `$1sha256-${createHash("sha256").update(start.code).digest("base64")}`,
  );
  writeFileSync(join(dir, "index.html"), html);
  writeServiceWorker(dir);
  return { dir, boot: boot.name, oldBoot: boot.old };
}

/** Waits until a service worker controls the page; returns its release (the cache it uses). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

const caches = (page) => page.evaluate(() => caches.keys());
const bootOf = (page) => page.evaluate(() => document.querySelector("script[src*='boot-']").getAttribute("src").slice(2));
const release = (dir) => readFileSync(join(dir, "sw.js"), "utf8").match(/VERSION = "([0-9a-f]+)"/)[1];

test("once loaded, the calculator opens and computes without a network", async ({ page, context, problems }) => {
  const server = await ownServer(problems, DIST);
  await page.goto(`${server.url}?v=2&preset=grok-3`);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await controlled(page);
  expect(await caches(page)).toEqual([`frontier-cost-${release(DIST)}`]);
  await context.setOffline(true);
  await server.stop();
  await page.reload();
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  const before = await outValue(page, "total");
  expect(before).toBeGreaterThan(0);
  await setParam(page, "price", "25000");
  await page.keyboard.press("Tab");
  await expect.poll(() => outValue(page, "total")).not.toBe(before);
  // Another link of the same page, in Chinese: its texts were kept too.
  await page.goto(`${server.url}?v=2&preset=deepseek-v3&lang=zh`);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
  await expect(page.locator(".startup-failed")).toHaveCount(0);
});

test("a new release replaces the old one on the next load, never mixed with it", async ({ page, context, problems }) => {
  const first = mkdtempSync(join(tmpdir(), "release-1-"));
  cpSync(DIST, first, { recursive: true });
  const second = secondRelease();
  const server = await ownServer(problems, first);
  await page.goto(`${server.url}?v=2`);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await controlled(page);
  expect(await bootOf(page)).toBe(second.oldBoot);

  // The host now serves release 2: the next load is release 2's page with its own files.
  await server.swap(second.dir);
  const requested = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname.slice(1)));
  await page.reload();
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  expect(await bootOf(page)).toBe(second.boot);
  const files = new Set(readdirSync(second.dir));
  expect(requested.filter((path) => path && !files.has(path)), "files of release 1 on release 2's page").toEqual([]);
  // Its worker takes over and keeps release 2 (release 1's files stay one release longer,
  // for a page still running it).
  await expect.poll(() => caches(page), { timeout: 20_000 }).toContain(`frontier-cost-${release(second.dir)}`);
  // Release 2's worker, not release 1's still in control while the new one installs: nothing
  // installing or waiting, and the active worker is the page's controller.
  await page.waitForFunction(
    async (version) => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration && !registration.installing && !registration.waiting && registration.active &&
        registration.active.state === "activated" && navigator.serviceWorker.controller === registration.active &&
        (await caches.has(`frontier-cost-${version}`));
    },
    release(second.dir),
  );

  // Offline, release 2 opens whole.
  await context.setOffline(true);
  await server.stop();
  await page.reload();
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  expect(await bootOf(page)).toBe(second.boot);
  expect(await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute("src")))).not.toContain(`./${second.oldBoot}`);
});

test("an embed never registers the service worker", async ({ page, problems }) => {
  const server = await ownServer(problems, DIST);
  await page.goto(`${server.url}?v=2&embed=1`);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await page.waitForLoadState("load");
  await page.waitForTimeout(1_000);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await server.stop();
});

/** A copy of the build with a page in a folder, as pre-rendered pages are (`gpt-4/`), its
 * addresses one level up. */
function withFolderPage() {
  const dir = mkdtempSync(join(tmpdir(), "folder-page-"));
  cpSync(DIST, dir, { recursive: true });
  const html = readFileSync(join(dir, "index.html"), "utf8").replace(/((?:src|href|content)=["']?)\.\//g, "$1../");
  mkdirSync(join(dir, "gpt-4"), { recursive: true });
  writeFileSync(join(dir, "gpt-4", "index.html"), html);
  return dir;
}

test("from a page in a folder the app starts, and offline the page opens again", async ({ page, context, problems }) => {
  const server = await ownServer(problems, withFolderPage());
  await page.goto(`${server.url}gpt-4/?v=1&preset=gpt-4`);
  await expect(page.locator('[data-out="total"]')).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await controlled(page);
  // The page kept on its visit (network first, then kept: it is of this release).
  await expect.poll(() => page.evaluate(() => caches.match(location.origin + location.pathname).then(Boolean))).toBe(true);
  await context.setOffline(true);
  await server.stop();
  await page.reload();
  await expect(page.locator('[data-out="total"]')).toBeVisible();
});

test("from a page in a folder that cannot start, the message links one level up", async ({ page, problems }) => {
  const server = await ownServer(problems, withFolderPage());
  await page.route(/_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(`${server.url}gpt-4/`);
  await expect(page.locator(".startup-failed")).toBeVisible();
  const links = await page.locator(".startup-failed a").evaluateAll((all) => all.map((a) => a.href));
  expect(links).toEqual([server.url, `${server.url}methodology.html`]);
  problems.expect(/404|Failed to load resource|integrity/i);
  await server.stop();
});
