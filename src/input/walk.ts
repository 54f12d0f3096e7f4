/** Directories of articles: the files under them, in an order that does not depend on the disk. */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The extensions read in a directory when `--ext` is not given. */
export const TEXT_EXTENSIONS: readonly string[] = ['txt', 'md'];

/**
 * `--ext txt,md`: extensions without the dot, lower case, each once. A leading dot is forgiven.
 *
 * @example
 * parseExtensions('TXT, .md') // ['txt', 'md']
 */
export function parseExtensions(value: string): string[] {
  const extensions: string[] = [];
  for (const part of value.split(',')) {
    const extension = part.trim().replace(/^\./, '').toLowerCase();
    if (extension && !extensions.includes(extension)) extensions.push(extension);
  }
  return extensions;
}

/** Code-unit order, the same on every machine and locale (not `localeCompare`). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a file name ends with one of the extensions, whatever its case. */
function hasExtension(name: string, extensions: readonly string[]): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && extensions.includes(name.slice(dot + 1).toLowerCase());
}

/**
 * The files under a directory that have one of the extensions, depth first: the entries of each
 * directory in code-unit order of their names, a subdirectory's files where its name falls. Paths
 * start with `directory` as given. Hidden entries (`.git`) are skipped; a symbolic link is followed
 * to a file, never into a directory (no cycles). A directory that cannot be read is passed to
 * `onError` with the file-system error, and the walk goes on.
 *
 * @example
 * await listFiles('news', ['txt'], report) // ['news/2019/a.txt', 'news/2019/b.txt', 'news/2020/a.txt']
 */
export async function listFiles(
  directory: string,
  extensions: readonly string[],
  onError: (path: string, error: unknown) => void,
): Promise<string[]> {
  const files: string[] = [];
  await collect(directory, extensions, files, onError);
  return files;
}

async function collect(
  directory: string,
  extensions: readonly string[],
  files: string[],
  onError: (path: string, error: unknown) => void,
): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    onError(directory, error);
    return;
  }
  entries.sort((a, b) => byCodeUnits(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      await collect(path, extensions, files, onError);
    } else if (hasExtension(entry.name, extensions)) {
      if (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path)))) files.push(path);
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
