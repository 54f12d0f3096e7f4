/** Gives franc to the language check before each test file (see vitest.config.ts). */
import { franc } from 'franc';
import { useFranc } from '../../src/language/detect.js';

useFranc(franc);
