/** The closed set of output formats, by the name `--format` takes. */
import type { Formatter } from './formatter.js';
import { html } from './html.js';
import { json } from './json.js';
import { ndjson } from './ndjson.js';
import { report } from './report.js';

export const formatters = { report, json, ndjson, html } as const satisfies Record<string, Formatter>;

/** A name `--format` accepts. */
export type FormatName = keyof typeof formatters;

/** The names, for `--format` choices and help. */
export const formatNames = Object.keys(formatters) as FormatName[];
