// The floor of `npm run bench`: the least any tool must do with the same input — read every file
// (directories walked, sorted), decode UTF-8, run one regex over the quote marks — and write a
// tiny count. `quotes` is measured against it as a ratio.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const decoder = new TextDecoder('utf-8');
const marks = /["«»“”„‟‹›‘’]/g;
let files = 0;
let count = 0;

function visit(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) visit(join(path, name));
    return;
  }
  files++;
  const text = decoder.decode(readFileSync(path));
  count += text.match(marks)?.length ?? 0;
}

for (const path of process.argv.slice(2)) visit(path);
process.stdout.write(`${files} files, ${count} quote marks\n`);
