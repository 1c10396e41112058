// Gives the wasm's imports short names, in the wasm and in the wasm-bindgen glue alike.
//
// wasm-bindgen names each import after the function and a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`): about 150 of them, spelled out in the wasm's
// import section and again as keys in the glue's import object, where the hashes do not
// compress. A minifier cannot shorten them, as they cross from one file to the other. Usage:
//   node short-imports.mjs <folder with lss_bg.wasm and lss.js>
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".";
const wasmFile = path.join(dir, "lss_bg.wasm");
const glueFile = path.join(dir, "lss.js");
const wasm = fs.readFileSync(wasmFile);
let glue = fs.readFileSync(glueFile, "utf8");

function uleb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeUleb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const name = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([encodeUleb(bytes.length), bytes]);
};

/** Reads a name at `at`: [text, next offset]. */
function readName(bytes, at) {
  const [length, start] = uleb(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
}

/** Skips an import's description (function, table, memory, global or tag). */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (i) => {
    const flags = bytes[i++];
    [, i] = uleb(bytes, i);
    if (flags & 1) [, i] = uleb(bytes, i);
    return i;
  };
  switch (kind) {
    case 0: return uleb(bytes, at)[1];
    case 1: return limits(at + 1);
    case 2: return limits(at);
    case 3: return at + 2;
    case 4: return uleb(bytes, at + 1)[1];
    default: throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** Short, distinct names that are valid JavaScript identifiers: a, b, …, $, a0, … */
const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$";
const shortName = (index) => {
  let out = ALPHABET[index % ALPHABET.length];
  for (let rest = Math.floor(index / ALPHABET.length); rest > 0; rest = Math.floor(rest / ALPHABET.length)) {
    out += ALPHABET[rest % ALPHABET.length];
  }
  return out;
};

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`short-imports: ${wasmFile} is not a wasm module`);
const parts = [wasm.subarray(0, 8)];
const renamed = new Map();
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = uleb(wasm, at + 1);
  const end = start + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
  } else {
    let [count, i] = uleb(wasm, start);
    const entries = [encodeUleb(count)];
    while (count--) {
      const [module, afterModule] = readName(wasm, i);
      const [field, afterField] = readName(wasm, afterModule);
      const next = skipDescription(wasm, afterField);
      // Only what the glue provides is renamed; each name must stand in the glue exactly once,
      // as its key in the import object.
      const uses = glue.split(field).length - 1;
      const short = uses === 1 && !renamed.has(field) ? shortName(renamed.size) : null;
      if (short) renamed.set(field, short);
      entries.push(name(module), name(short ?? field), wasm.subarray(afterField, next));
      i = next;
    }
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encodeUleb(body.length), body);
  }
  at = end;
}

for (const [long, short] of renamed) glue = glue.replace(long, short);
fs.writeFileSync(wasmFile, Buffer.concat(parts));
fs.writeFileSync(glueFile, glue);
console.log(`short-imports: ${renamed.size} imports renamed`);
