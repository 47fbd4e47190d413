// Times `npm run check` (the content check a journalist runs after every edit): the first run
// after a build, when nothing of it is in the file cache yet, and the runs after it.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface CheckRun {
  /** From the command to its exit, as the journalist waits for it. */
  seconds: number;
  /** The time the check reports for reading and checking the files, without starting Node. */
  contentMs: number | null;
}

export interface CheckTiming {
  cold: CheckRun;
  warm: CheckRun[];
}

function runCheck(cwd: string): CheckRun {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd, encoding: 'utf8' });
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  if (run.status !== 0) throw new Error(`npm run check failed:\n${run.stderr.slice(-2000)}`);
  const reported = /content OK in (\d+) ms/.exec(run.stdout);
  return { seconds, contentMs: reported ? Number(reported[1]) : null };
}

export function timeCheck(cwd: string, warmRuns = 3): CheckTiming {
  const cold = runCheck(cwd);
  const warm = Array.from({ length: warmRuns }, () => runCheck(cwd));
  return { cold, warm };
}
