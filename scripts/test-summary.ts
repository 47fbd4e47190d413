// Prints one closing line for the whole `npm test` run, summed over the three Vitest projects
// (unit, build output, end to end), in the plain form CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

const runs = ['unit', 'build', 'e2e'].map((name) => {
  const file = `test-results/${name}.json`;
  if (!existsSync(file)) throw new Error(`${file} is missing: did \`npm run test:${name}\` run?`);
  return JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
});
const sum = (key: keyof VitestJson) => runs.reduce((total, run) => total + run[key], 0);
const skipped = sum('numPendingTests');
console.log(
  `${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
if (sum('numFailedTests') > 0 || sum('numPassedTests') === 0) process.exitCode = 1;
