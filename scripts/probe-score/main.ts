// Imports each probe file given (copies made by scripts/probe-score.js) and prints its score as one
// JSON line: { file, rows, rowsRight, speech, speechRight, mentions, mentionsRight }.
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { score } from './rows.js';

for (const file of process.argv.slice(2)) {
  await import(pathToFileURL(file).href);
  console.log(JSON.stringify({ file: basename(file), ...score() }));
}
