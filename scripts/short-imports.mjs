// Shorter names for the wasm's imports. wasm-bindgen names each import after its function
// plus a 16-digit hash (`__wbg_setattribute_1c2bbff4d5a6e7f8`), spelt once in the wasm's
// import section and once in the JavaScript glue: about 190 of them, random digits gzip
// cannot compress. Both files are rewritten here with names of one or two letters; nothing
// else changes (the hashed file names are Trunk's, from the files before this step).
import { readFileSync, writeFileSync } from "node:fs";

const MODULE = "./frontier-cost_bg.js";

function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

// a…z, A…Z, then two letters: never a JavaScript keyword (`do`, `if`, `in` are skipped).
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const reserved = new Set(["do", "if", "in"]);
  for (let i = 0, n = 0; ; i++) {
    const name = i < letters.length ? letters[i] : letters[Math.floor(i / letters.length) - 1] + letters[i % letters.length];
    if (reserved.has(name)) continue;
    if (n++ === index) return name;
  }
}

/** Rewrites the import names of `wasmPath` and `jsPath` in place; returns how many. */
export function shortenImports(wasmPath, jsPath) {
  const wasm = readFileSync(wasmPath);
  let js = readFileSync(jsPath, "utf8");
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`short-imports: ${wasmPath} is not wasm`);
  const parts = [wasm.subarray(0, 8)];
  const renamed = new Map();
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    at = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(start, at));
      continue;
    }
    // The import section: a vector of (module, field, description).
    let p = body;
    const [count, first] = leb(wasm, p);
    p = first;
    const out = [...encodeLeb(count)];
    for (let i = 0; i < count; i++) {
      const [moduleLen, m] = leb(wasm, p);
      const module = utf8.decode(wasm.subarray(m, m + moduleLen));
      const [fieldLen, f] = leb(wasm, m + moduleLen);
      const field = utf8.decode(wasm.subarray(f, f + fieldLen));
      p = f + fieldLen;
      // The description: its kind, then a type index (function, tag), limits (memory),
      // a reference type and limits (table) or a value type and mutability (global).
      const descStart = p;
      const kind = wasm[p++];
      if (kind === 0x00) p = leb(wasm, p)[1];
      else if (kind === 0x01 || kind === 0x02) {
        if (kind === 0x01) p++;
        const flags = wasm[p++];
        p = leb(wasm, p)[1];
        if (flags & 1) p = leb(wasm, p)[1];
      } else if (kind === 0x03) p += 2;
      else if (kind === 0x04) p = leb(wasm, p + 1)[1];
      else throw new Error(`short-imports: unknown import kind ${kind}`);
      let name = field;
      if (module === MODULE && kind === 0x00) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        name = renamed.get(field);
      }
      const moduleBytes = encoder.encode(module);
      const nameBytes = encoder.encode(name);
      out.push(...encodeLeb(moduleBytes.length), ...moduleBytes, ...encodeLeb(nameBytes.length), ...nameBytes);
      out.push(...wasm.subarray(descStart, p));
    }
    if (p !== at) throw new Error("short-imports: the import section did not parse to its end");
    parts.push(Buffer.from([2, ...encodeLeb(out.length), ...out]));
  }
  if (renamed.size === 0) throw new Error(`short-imports: no import of ${MODULE} in ${wasmPath}`);
  // In the glue each import is a key of the imports object, `<name>: function(`.
  for (const [from, to] of renamed) {
    const key = new RegExp(`^(\\s*)${from}(?=: function\\b)`, "gm");
    const found = js.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${from} is ${found} times a key in ${jsPath}`);
    js = js.replace(key, `$1${to}`);
  }
  // No other reference to the old names may remain.
  for (const from of renamed.keys()) {
    if (new RegExp(`\\b${from}\\b`).test(js)) throw new Error(`short-imports: ${from} is still in ${jsPath}`);
  }
  writeFileSync(wasmPath, Buffer.concat(parts));
  writeFileSync(jsPath, js);
  return renamed.size;
}
