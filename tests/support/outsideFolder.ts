// Newsroom material that is not part of the repository (the research fact sheet, the source
// articles) is named by an environment variable. Without it the checks that need it are skipped
// with one line saying how to run them; a folder that is named but missing is an error.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './projectCopy.ts';

export function outsideFolder(variable: string, what: string, command: string): string | undefined {
  const value = process.env[variable];
  if (!value) {
    console.info(`skipped: ${what} (run ${command} -- <folder>, or set ${variable})`);
    return undefined;
  }
  const dir = resolve(PROJECT_ROOT, value);
  if (!existsSync(dir)) throw new Error(`${variable}=${value}: there is no such folder (${dir})`);
  return dir;
}
