/**
 * Which inputs are web pages, and what their Content-Type says: cheap tests on names and bytes,
 * kept apart from `html.ts` so that plain text never loads the HTML parser.
 */

/**
 * Whether an input is a page: its name ends in `.html` or `.htm`, or its bytes start (after a
 * UTF-8 BOM and whitespace) with `<!doctype html` or `<html`, in any case.
 *
 * @example
 * looksLikeHtml('-', new TextEncoder().encode('\n<!DOCTYPE html><html dir="rtl">')) // true
 */
export function looksLikeHtml(path: string, bytes: Uint8Array): boolean {
  if (/\.html?$/i.test(path)) return true;
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && isAsciiSpace(bytes[start] ?? 0)) start++;
  const head = String.fromCharCode(...bytes.subarray(start, start + 14)).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
}

/**
 * The `charset` parameter of a Content-Type value, without quotes.
 *
 * @example
 * contentTypeCharset('text/html; charset="windows-1256"') // 'windows-1256'
 */
export function contentTypeCharset(contentType: string): string | undefined {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name = '', value = ''] = parameter.split('=', 2).map((part) => part.trim());
    if (name.toLowerCase() === 'charset') return value.replace(/^"(.*)"$/, '$1') || undefined;
  }
  return undefined;
}
