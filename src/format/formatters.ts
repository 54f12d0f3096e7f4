/** The closed set of output formats, by the name `--format` takes. */
import { csv } from './csv.js';
import type { Formatter } from './formatter.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { ndjson } from './ndjson.js';
import { report } from './report.js';

export const formatters = { report, json, ndjson, csv, markdown, html } as const satisfies Record<
  string,
  Formatter
>;

/** A name `--format` accepts. */
export type FormatName = keyof typeof formatters;

/** The names, for `--format` choices and help. */
export const formatNames = Object.keys(formatters) as FormatName[];
