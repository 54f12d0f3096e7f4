/**
 * The HTML reader, loaded for pages only: a text file does not wait for the parser (linkedom, parse5,
 * Readability). Its own module so that the one-file bundle (scripts/bundle.js) can load the compiled
 * module instead of bundling it.
 */
export const loadHtml = (): Promise<typeof import('./html.js')> => import('./html.js');
