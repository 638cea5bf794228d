#!/usr/bin/env node
// echo-dataset: runs the committed bundle lib/echo-dataset.mjs (built from src/cli/ by `npm run build:cli`), so it
// needs only the package's runtime dependencies, not tsx or any other dev dependency.
import { main } from '../lib/echo-dataset.mjs';

await main();
