#!/usr/bin/env node
// The command runs the compiled code in dist/. When dist/ is missing (a clone never built, or a
// rebuild under way), say so in one line instead of a stack trace; any other failure is thrown.
const dist = new URL('../dist/', import.meta.url).href;
try {
  await import('../dist/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.url ?? '').startsWith(dist)) throw error;
  process.stderr.write("quotes: the compiled code is missing (dist/); run 'npm run build'\n");
  process.exitCode = 2;
}
