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

// The newsroom checks that read material outside the repository say, at the very end, whether
// they ran: a green run without them is not the same as a green run with them.
const OUTSIDE_CHECKS = [
  ['RESEARCH_DIR', 'the comparison of the data with the research fact sheet', 'check:facts'],
  ['SEEDS_DIR', 'the own-words check against the source articles', 'check:originality'],
] as const;
for (const [variable, what, script] of OUTSIDE_CHECKS)
  console.log(
    process.env[variable]
      ? `ran: ${what} (${variable}=${process.env[variable]})`
      : `skipped: ${what} (run npm run ${script} -- <folder>, or set ${variable})`,
  );
