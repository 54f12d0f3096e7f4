/**
 * The closed set of output formats, by the name `--format` takes. A format's module is loaded when a
 * run asks for it (`loadFormatter`): a run writes one format, and the others' modules (the report's
 * chalk and layout, the page's hashing) cost start-up for nothing (~8 ms of `quotes extract --json`).
 */
import type { Formatter } from './formatter.js';

/** The names, for `--format` choices and help, in the order the help lists them. */
export const formatNames = ['report', 'json', 'ndjson', 'csv', 'markdown', 'html'] as const;

/** A name `--format` accepts. */
export type FormatName = (typeof formatNames)[number];

const loaders: Record<FormatName, () => Promise<Formatter>> = {
  report: async () => (await import('./report.js')).report,
  json: async () => (await import('./json.js')).json,
  ndjson: async () => (await import('./ndjson.js')).ndjson,
  csv: async () => (await import('./csv.js')).csv,
  markdown: async () => (await import('./markdown.js')).markdown,
  html: async () => (await import('./html.js')).html,
};

const loaded = new Map<FormatName, Formatter>();

/** Loads the format's module, once; after it, `loadedFormatter(name)` gives the format at once. */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  let format = loaded.get(name);
  if (!format) {
    format = await loaders[name]();
    loaded.set(name, format);
  }
  return format;
}

/** The format of that name, which `loadFormatter` must have loaded. */
export function loadedFormatter(name: FormatName): Formatter {
  const format = loaded.get(name);
  if (!format) throw new Error(`formatter: the ${name} format is not loaded (loadFormatter)`);
  return format;
}
