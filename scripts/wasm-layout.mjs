// Chooses the order of a wasm module's functions for gzip, and writes it as their names:
//   node scripts/wasm-layout.mjs IN.wasm OUT.wasm
// then `wasm-opt OUT.wasm --reorder-functions-by-name …` lays the functions out in that order
// (scripts/layout-wasm does both). IN must carry a name section (wasm-opt -g). Nothing but the
// names changes: the code is the same, only where each function sits in the file.
//
// gzip finds a repeat only within the last 32 kB, and a near one costs fewer bits, so functions
// whose bytes are alike compress better side by side. Starting from the module's own order
// (wasm-opt's by name), each next function is the one not yet placed that shares the most of its
// 5-byte sequences with the last 16 kB placed, each shared with one of the last two functions
// placed counted once more, for its size (that count / (sequences + 10)^0.65: sharing much of a
// large function counts for more than sharing a little more of a small one); when none shares
// enough, the next in the module's order. Deterministic: the same input gives the same output.

import { readFileSync, writeFileSync } from "node:fs";

const SHINGLE = 5; // bytes in a sequence
const WINDOW = 16000; // bytes of placed code compared with
const COMMON = 200; // a sequence in more functions than this says nothing
const SMALL = 10; // added to a function's count of sequences, so tiny ones need more in common
const SIZE = 0.65; // the power of that count a score divides by
const ENOUGH = 0.05; // the least score worth following

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node scripts/wasm-layout.mjs IN.wasm OUT.wasm");
  process.exit(2);
}
const wasm = readFileSync(input);

function leb(pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = wasm[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, pos];
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
  return Buffer.from(out);
}

// The sections; the number of imported functions; each defined function's body.
const sections = [];
let importedFunctions = 0;
const bodies = [];
let nameSection = -1;
for (let pos = 8; pos < wasm.length; ) {
  const start = pos;
  const id = wasm[pos++];
  let size;
  [size, pos] = leb(pos);
  const end = pos + size;
  if (id === 2) {
    let count;
    let p;
    [count, p] = leb(pos);
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = leb(p); // module
      p += len;
      [len, p] = leb(p); // field
      p += len;
      const kind = wasm[p++];
      if (kind === 0) {
        [, p] = leb(p);
        importedFunctions++;
      } else if (kind === 1) {
        p++; // reference type
        let flags;
        [flags, p] = leb(p);
        [, p] = leb(p);
        if (flags & 1) [, p] = leb(p);
      } else if (kind === 2) {
        let flags;
        [flags, p] = leb(p);
        [, p] = leb(p);
        if (flags & 1) [, p] = leb(p);
      } else if (kind === 3) {
        p += 2;
      } else {
        throw new Error(`import of unknown kind ${kind}`);
      }
    }
  } else if (id === 10) {
    let count;
    let p;
    [count, p] = leb(pos);
    for (let i = 0; i < count; i++) {
      let len;
      [len, p] = leb(p);
      bodies.push(wasm.subarray(p, p + len));
      p += len;
    }
  } else if (id === 0) {
    const [len, p] = leb(pos);
    if (wasm.toString("utf8", p, p + len) === "name") nameSection = sections.length;
  }
  sections.push({ id, start, body: pos, end });
  pos = end;
}
if (nameSection < 0) throw new Error(`${input} has no name section (run wasm-opt with -g)`);

// Each function's 5-byte sequences (as 32-bit FNV-1a hashes), and the functions holding each.
const seqs = bodies.map((body) => {
  const set = new Set();
  for (let i = 0; i + SHINGLE <= body.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ body[j], 0x01000193) >>> 0;
    set.add(h);
  }
  return [...set];
});
const holders = new Map();
seqs.forEach((set, f) => {
  for (const h of set) {
    const list = holders.get(h);
    if (list) list.push(f);
    else holders.set(h, [f]);
  }
});

// Greedy: `shared[f]` counts f's sequences present in the window of placed code, `withLast[f]`
// those it shares with each of the last two functions placed.
const n = bodies.length;
const placed = new Uint8Array(n);
const shared = new Int32Array(n);
const withLast = new Int32Array(n);
const inWindow = new Map();
const window = [];
let windowBytes = 0;
const order = [];
const enter = (h) => {
  const c = inWindow.get(h) || 0;
  inWindow.set(h, c + 1);
  const list = holders.get(h);
  if (c === 0 && list.length <= COMMON) for (const f of list) shared[f]++;
};
const leave = (h) => {
  const c = inWindow.get(h) - 1;
  if (c > 0) {
    inWindow.set(h, c);
    return;
  }
  inWindow.delete(h);
  const list = holders.get(h);
  if (list.length <= COMMON) for (const f of list) shared[f]--;
};
let next = 0; // the first function not yet placed, in the module's order
for (let f = 0; n > 0; ) {
  placed[f] = 1;
  order.push(f);
  window.push(f);
  windowBytes += bodies[f].length;
  for (const h of seqs[f]) enter(h);
  while (windowBytes > WINDOW && window.length > 1) {
    const old = window.shift();
    windowBytes -= bodies[old].length;
    for (const h of seqs[old]) leave(h);
  }
  if (order.length === n) break;
  // The sequences each function shares with the last two placed.
  const recent = order.slice(-2);
  for (const r of recent) {
    for (const h of seqs[r]) {
      const list = holders.get(h);
      if (list.length <= COMMON) for (const g of list) withLast[g]++;
    }
  }
  let best = -1;
  let bestScore = -1;
  for (let g = 0; g < n; g++) {
    if (placed[g] || shared[g] <= 0) continue;
    const score = (shared[g] + withLast[g]) / (seqs[g].length + SMALL) ** SIZE;
    if (score > bestScore) {
      bestScore = score;
      best = g;
    }
  }
  for (const r of recent) {
    for (const h of seqs[r]) {
      const list = holders.get(h);
      if (list.length <= COMMON) for (const g of list) withLast[g] = 0;
    }
  }
  if (best < 0 || bestScore < ENOUGH) {
    while (placed[next]) next++;
    best = next;
  }
  f = best;
}

// The name section again, each defined function named by its place ("f000000", …); the names of
// imports and every other subsection are kept.
const rank = new Int32Array(n);
order.forEach((f, i) => {
  rank[f] = i;
});
const digits = String(n).length;
const named = [];
for (let f = 0; f < n; f++) {
  const name = Buffer.from(`f${String(rank[f]).padStart(digits, "0")}`);
  named.push({ index: importedFunctions + f, name });
}
const sec = sections[nameSection];
let [len, p] = leb(sec.body);
p += len;
const parts = [encodeLeb(4), Buffer.from("name")];
while (p < sec.end) {
  const sub = wasm[p];
  let size;
  let q;
  [size, q] = leb(p + 1);
  if (sub === 1) {
    const imports = [];
    let count;
    let r;
    [count, r] = leb(q);
    for (let i = 0; i < count; i++) {
      let index;
      let nameLen;
      [index, r] = leb(r);
      [nameLen, r] = leb(r);
      if (index < importedFunctions) imports.push({ index, name: wasm.subarray(r, r + nameLen) });
      r += nameLen;
    }
    const all = [...imports, ...named];
    const content = [encodeLeb(all.length)];
    for (const { index, name } of all) content.push(encodeLeb(index), encodeLeb(name.length), name);
    const body = Buffer.concat(content);
    parts.push(Buffer.from([1]), encodeLeb(body.length), body);
  } else {
    parts.push(wasm.subarray(p, q + size));
  }
  p = q + size;
}
const names = Buffer.concat(parts);
writeFileSync(
  output,
  Buffer.concat([
    wasm.subarray(0, sec.start),
    Buffer.from([0]),
    encodeLeb(names.length),
    names,
    wasm.subarray(sec.end),
  ]),
);
