// A stand-in worker for engine.test.ts that fails while loading, as a missing dist/ would.
throw new Error('cannot find module dist/extract.js');
