/** Whether the report is coloured: decided once, here, from the flag, the environment and stdout. */
import type { ColorLevel } from '../format/formatter.js';

export interface ColorContext {
  /** False for `--no-color`. */
  color: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Standard output is a terminal. */
  isTTY: boolean;
}

/**
 * `--no-color` wins; then `FORCE_COLOR` (`0`/`false` off, `1`–`3` that level, empty or `true` basic);
 * then a non-empty `NO_COLOR` (no-color.org); otherwise basic colours on a terminal that is not `dumb`.
 *
 * @example
 * decideColorLevel({color: true, env: {FORCE_COLOR: '1'}, isTTY: false}) // 1
 */
export function decideColorLevel(context: ColorContext): ColorLevel {
  if (!context.color) return 0;
  const force = context.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const level = Number.parseInt(force, 10);
    return Number.isNaN(level) ? 1 : (Math.min(3, Math.max(0, level)) as ColorLevel);
  }
  if (context.env.NO_COLOR) return 0;
  // The palette is the 16 basic colours: level 1 draws all of it.
  return context.isTTY && context.env.TERM !== 'dumb' ? 1 : 0;
}
