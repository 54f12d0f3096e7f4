export { extract } from './extract.js';
export { type Decoded, DecodeError, decode, decodeAs } from './input/decode.js';
export { type Input, InputError, readInput } from './input/read-input.js';
export type * from './types.js';
