#!/usr/bin/env node
// Prints the one line CI's landing check reads, "N passed, N failed", from jest's --json
// output. A suite that could not run at all counts as a failure, so nothing hides.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/jest-results.json';
let results;
try {
  results = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  process.exit(0);
}
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
console.log(`${results.numPassedTests} passed, ${failed} failed`);
