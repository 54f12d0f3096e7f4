/** The JSON Schemas of the JSON output, shipped in `schema/` beside `src/` and `dist/`. */
import { readFileSync } from 'node:fs';

/** What `quotes schema` can print: the document of `quotes extract`, the table of `quotes speakers`. */
export const schemaNames = ['document', 'speakers'] as const;

export type SchemaName = (typeof schemaNames)[number];

/**
 * The text of a schema file, as shipped (draft 2020-12).
 *
 * @example
 * JSON.parse(readSchema('document')).properties.schemaVersion // {const: 1}
 */
export function readSchema(name: SchemaName): string {
  return readFileSync(new URL(`../../schema/${name}.schema.json`, import.meta.url), 'utf8');
}
