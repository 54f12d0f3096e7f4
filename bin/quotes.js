#!/usr/bin/env node
// The command runs the compiled code in dist/: the one-file bundle dist/quotes.cjs (scripts/bundle.js),
// compiled through V8's code cache dist/quotes.cache when the cache was made from this very bundle by
// this Node, so that a run starts fast; without a bundle, the compiled modules (dist/cli/main.js).
// When dist/ is missing (a clone never built, or a rebuild under way), say so in one line instead of a
// stack trace; any other failure is thrown.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const dist = new URL('../dist/', import.meta.url);
const bundle = new URL('quotes.cjs', dist);
const cache = new URL('quotes.cache', dist);

let source = null;
try {
  source = readFileSync(bundle);
} catch (error) {
  if (error?.code !== 'ENOENT') throw error;
}

if (source === null) {
  try {
    await import('../dist/cli/main.js');
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.url ?? '').startsWith(dist.href)) throw error;
    process.stderr.write("quotes: the compiled code is missing (dist/); run 'npm run build'\n");
    process.exitCode = 2;
  }
} else {
  // The cache opens with the SHA-256 of the bundle it was made from, then that of the V8 data after
  // it: V8 trusts the data it is given (a spoilt byte can crash it) and checks only its length and its
  // own version (cachedDataRejected), so a cache of another bundle or a damaged one is not used.
  const sha256 = (bytes) => createHash('sha256').update(bytes).digest();
  const digest = sha256(source);
  let cached;
  try {
    const bytes = readFileSync(cache);
    const data = bytes.subarray(2 * digest.length);
    if (
      data.length > 0 &&
      bytes.subarray(0, digest.length).equals(digest) &&
      bytes.subarray(digest.length, 2 * digest.length).equals(sha256(data))
    )
      cached = data;
  } catch {
    // no cache: compile from the source
  }
  const file = fileURLToPath(bundle);
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname, __iqtibas_url, __iqtibas_import) {${source.toString('utf8')}\n})`,
    { filename: file, cachedData: cached },
  );
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    fileURLToPath(dist),
    new URL('cli/main.js', dist).href,
    (specifier) => import(new URL(specifier, dist).href),
  );
  const code = await module.exports.main();
  process.exitCode = code;
  // No usable cache: after a run that ended well and read an article in this thread (the engine's code
  // compiled here, not in --jobs workers), leave one for the next run, written aside and renamed so that
  // a run in parallel reads a whole file or none. A folder this user cannot write (a system-wide
  // install) keeps none; the command works the same, only slower to start.
  if (
    (cached === undefined || script.cachedDataRejected) &&
    code === 0 &&
    module.exports.articlesReadInProcess() > 0
  ) {
    const aside = `${fileURLToPath(cache)}.${process.pid}`;
    try {
      const data = script.createCachedData();
      writeFileSync(aside, Buffer.concat([digest, sha256(data), data]));
      renameSync(aside, cache);
    } catch {
      // not writable: no cache, and nothing left aside
      try {
        unlinkSync(aside);
      } catch {
        // never written
      }
    }
  }
}
