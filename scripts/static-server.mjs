// A small static file server for dist/: the right MIME types (application/wasm), the headers a
// host should send, CORS on scripts and wasm (for sandboxed, opaque-origin embeds) and a strict
// Content-Security-Policy; with `gzip`, compressed responses as a production host sends them
// (the benchmark's Lighthouse run). Used by the README's run command, the end-to-end tests and
// the benchmark.
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** Starts a server for `root`; resolves to `{ server, url, port }`. `extraRoutes` maps paths to
 * `{ type, body }` for test pages, or `{ type, parts, pause }` for one sent in parts, `pause`
 * milliseconds before each but the first; `gzip` compresses text and wasm for clients that accept it;
 * `cors: false` plays a host that forgets the CORS headers. */
export async function startServer({ root, host = "127.0.0.1", port = 0, csp = true, gzip = false, cors = true, extraRoutes = {} }) {
  const base = resolve(root);
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, `http://${host}`);
      const route = extraRoutes[url.pathname];
      if (route) {
        response.writeHead(200, { "Content-Type": route.type, "Cache-Control": "no-store" });
        // A body in parts with a pause before each but the first: a page arriving slowly, cut
        // where a test chooses (the layout-shift tests), instead of wherever the machine's load
        // happens to cut it.
        for (const [index, part] of (route.parts ?? [route.body ?? ""]).entries()) {
          if (index > 0) await new Promise((resume) => setTimeout(resume, route.pause ?? 0));
          response.write(part);
        }
        response.end();
        return;
      }
      let path = decodeURIComponent(url.pathname);
      if (path.endsWith("/")) path += "index.html";
      const file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        response.writeHead(403).end("Forbidden");
        return;
      }
      const info = await stat(file).catch(() => null);
      // A pre-rendered page's folder without its slash (`/gpt-4`), as static hosts do.
      if (info?.isDirectory() && !url.pathname.endsWith("/")) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (!info || !info.isFile()) {
        response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      const type = MIME[extname(file)] ?? "application/octet-stream";
      const headers = {
        "Content-Type": type,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        // Hashed assets never change; the page itself is always revalidated.
        "Cache-Control": /-[0-9a-f]{12,}(_bg)?\./.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
      };
      if (type.startsWith("text/html") && csp) headers["Content-Security-Policy"] = CSP;
      // Sandboxed embeds have an opaque origin: scripts, wasm and data must allow any origin.
      if (cors && /\.(js|mjs|wasm|css|json|txt|tsv|svg|png)$/.test(file)) headers["Access-Control-Allow-Origin"] = "*";
      let body = await readFile(file);
      if (gzip && /^(text\/|application\/(json|wasm|manifest)|image\/svg)/.test(type)) {
        headers["Vary"] = "Accept-Encoding";
        if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
          const key = `${file}:${info.mtimeMs}`;
          if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
          body = compressed.get(key);
          headers["Content-Encoding"] = "gzip";
        }
      }
      response.writeHead(200, headers);
      response.end(request.method === "HEAD" ? undefined : body);
    } catch (error) {
      // A route sent in parts may fail once its head is out: the response can only be cut.
      if (response.headersSent) response.destroy(error);
      else response.writeHead(500).end(String(error));
    }
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, done);
  });
  const actual = server.address().port;
  return { server, port: actual, url: `http://${host}:${actual}/` };
}

// Command line: node scripts/static-server.mjs [--root dist] [--host 127.0.0.1] [--port 8080] [--gzip 1]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => {
      if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
      return pairs;
    }, []),
  );
  const { url } = await startServer({
    root: args.root ?? "dist",
    host: args.host ?? "127.0.0.1",
    port: Number(args.port ?? 8080),
    gzip: args.gzip === "1",
  });
  console.log(`Serving the calculator on ${url}  (Ctrl+C to stop)`);
}
