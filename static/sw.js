// The service worker (the template of sw.js, filled in by scripts/service-worker.mjs): keeps
// this release's files so that the calculator opens without a network, and gives way to the
// next release whole, never a page of one release with files of another.
const VERSION = "__VERSION__";
// This release's files, relative to the worker: the page ("./"), every hashed file, the
// scripts with fixed names that the page loads on demand.
const FILES = "__FILES__";
// An html page naming this loader belongs to this release, the only one this cache may keep
// (pages naming none, the methodology, are kept as they are).
const BOOT = "__BOOT__";
const PREFIX = "frontier-cost-";
const CACHE = PREFIX + VERSION;
const HASHED = /-[0-9a-f]{12,}(_bg)?\.[a-z]+$/;
const SCOPE = new URL("./", self.location.href).href;

const ofRelease = (response) =>
  response.clone().text().then((text) => text.includes(BOOT) || !/\bboot-[0-9a-f]+\.js/.test(text));
const keyOf = (url) => url.origin + url.pathname;

self.addEventListener("install", (event) => {
  event.waitUntil(
    precache().catch(async (error) => {
      // No half-kept release left behind.
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

async function precache() {
  const cache = await caches.open(CACHE);
  // The page first: if the host already serves another release, this worker is stale and
  // stops here (the next load fetches the new one).
  const page = await fetch(SCOPE, { cache: "no-cache" });
  if (!page.ok || !(await ofRelease(page))) throw new Error("another release is online");
  await cache.put(SCOPE, page);
  // Hashed files never change (the HTTP cache may answer); the others are revalidated.
  await Promise.all(
    FILES.filter((file) => file !== "./").map(async (file) => {
      const response = await fetch(new URL(file, SCOPE), { cache: HASHED.test(file) ? "default" : "no-cache" });
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      await cache.put(new URL(file, SCOPE), response);
    }),
  );
  await self.skipWaiting();
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Older releases go, except the newest of them: a page still running it may yet ask for
      // its files loaded on demand (caches.keys() lists caches in the order they were made).
      const old = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
      await Promise.all(old.slice(0, -1).map((key) => caches.delete(key)));
      await self.clients.claim();
      // The pages open now (loaded before this worker, a pre-rendered page in a folder, say)
      // are kept too, so that they open offline.
      const open = await self.clients.matchAll({ type: "window" });
      await Promise.all(open.map((client) => keepPage(new URL(client.url)).catch(() => {})));
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (!url.href.startsWith(SCOPE)) return;
  // Embeds never use the worker (they live in other sites' pages, always online).
  if (url.searchParams.get("embed") === "1") return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request, url));
});

// Kept if it is of this release (fetched again: the client's own copy is not at hand).
async function keepPage(url) {
  if (!url.href.startsWith(SCOPE) || url.searchParams.get("embed") === "1") return;
  const key = keyOf(url);
  const cache = await caches.open(CACHE);
  if (await cache.match(key)) return;
  const response = await fetch(key, { cache: "no-cache" });
  if (response.ok && (await ofRelease(response))) await cache.put(key, response);
}

// A hashed file is the same in every release: any cache has it right.
async function cacheFirst(request) {
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => {});
  }
  return response;
}

// Pages and fixed names: the network's (the current release), else this release's copy. A
// page is kept only if it is of this release, so that its copy and its files always match.
async function networkFirst(request, url) {
  const key = keyOf(url);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      const html = (response.headers.get("Content-Type") || "").startsWith("text/html");
      (html ? ofRelease(response) : Promise.resolve(true))
        .then((keep) => keep && caches.open(CACHE).then((cache) => cache.put(key, copy)))
        .catch(() => {});
    }
    return response;
  } catch (offline) {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key, { ignoreVary: true });
    if (hit) return hit;
    throw offline;
  }
}
