// Gives the wasm's imports from its JS glue short names, in the wasm and the glue alike.
// wasm-bindgen names each import after its function plus a 16-digit hash
// (`__wbg_classList_97e966c261669b85`): 180 names, written once in the wasm's import
// section and once as a key of the glue's import object. The hashes do not compress:
// measured on the app's build, 2.6 KB brotli of the wasm and 1.7 KB of the glue.
// A name is renamed only where the glue writes it exactly once; any other is kept.

const leb = (n) => {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
};
const name = (s) => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);

/** a, b, …, Z, aa, ab, …: the n-th short name. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  for (n += 1; n > 0; n = Math.floor((n - 1) / letters.length)) s = letters[(n - 1) % letters.length] + s;
  return s;
}

/**
 * Renames the imports of `wasm` (a Buffer) that come from `glueModule` (say
 * './briefing_bg.js') in `wasm` and in `glue` (the glue's source). Returns both, and
 * how many names changed.
 */
export function shortenImports(wasm, glue, glueModule) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('short-imports: not a wasm module');
  let p = 8;
  const u32 = () => {
    let r = 0;
    let shift = 0;
    let b;
    do {
      b = wasm[p++];
      r |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return r >>> 0;
  };
  const str = () => {
    const len = u32();
    p += len;
    return wasm.subarray(p - len, p).toString();
  };
  const parts = [wasm.subarray(0, 8)];
  let renamed = 0;
  while (p < wasm.length) {
    const start = p;
    const id = wasm[p++];
    const end = u32() + p;
    if (id !== 2) {
      parts.push(wasm.subarray(start, end));
      p = end;
      continue;
    }
    const count = u32();
    const entries = [leb(count)];
    for (let i = 0; i < count; i++) {
      const module = str();
      const field = str();
      const desc = p;
      const kind = wasm[p++];
      if (kind === 0) u32(); // function: type index
      else if (kind === 1) { p++; if (wasm[p++] & 1) u32(); u32(); } // table: type, limits
      else if (kind === 2) { if (wasm[p++] & 1) u32(); u32(); } // memory: limits
      else if (kind === 3) p += 2; // global: type, mutability
      else throw new Error(`short-imports: import kind ${kind} unknown`);
      let next = field;
      if (module === glueModule) {
        const word = new RegExp(`\\b${field}\\b`, 'g');
        if ((glue.match(word) || []).length === 1) {
          next = shortName(renamed++);
          glue = glue.replace(word, () => next);
        }
      }
      entries.push(name(module), name(next), wasm.subarray(desc, p));
    }
    if (p !== end) throw new Error('short-imports: import section misread');
    const body = Buffer.concat(entries);
    parts.push(Buffer.from([2]), leb(body.length), body);
  }
  return { wasm: Buffer.concat(parts), glue, renamed };
}
