/** The command line run from the compiled modules (`node dist/cli/main.js …`); see start.ts. */
import { main } from './start.js';

process.exitCode = await main();
