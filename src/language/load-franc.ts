/**
 * franc, loaded into the language check when first needed (see `useFranc`): the command line and
 * its workers read Arabic articles without loading franc's data of every language.
 */
import { useFranc } from './detect.js';

let loading: Promise<void> | undefined;

/** Loads franc once; later calls wait for the same load. */
export function loadFranc(): Promise<void> {
  loading ??= import('franc').then(({ franc }) => useFranc(franc));
  return loading;
}
