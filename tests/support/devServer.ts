// `astro dev` on a project copy, for tests of the live preview: started with the project's own
// Node 24 and Astro, stopped at the end; its output is kept for failure messages.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './projectCopy.ts';

export interface DevServer {
  /** http://127.0.0.1:<port>, as the server printed it. */
  url: string;
  child: ChildProcess;
  /** Everything the server printed so far, stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/** The project's Node (node_modules/.bin/node, Node 24), else the one running the tests. */
function projectNode(): string {
  const bin = join(PROJECT_ROOT, 'node_modules/.bin/node');
  return existsSync(bin) ? bin : process.execPath;
}

/** The environment without the test runner's marks: Astro's dev server does not serve pages
 * when it sees VITEST, and NODE_ENV=test is not what `npm run dev` runs with. */
function devEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] ??= value;
  return env;
}

/** Starts `astro dev` in `dir` (port `port`, or the next free one) and waits until it listens. */
export function startDevServer(dir: string, port: number, timeout = 60_000): Promise<DevServer> {
  const astro = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(
    projectNode(),
    [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: dir, env: devEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`astro dev did not start in ${timeout} ms:\n${output}`));
    }, timeout);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, child, output: () => output, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited (${code}) before it listened:\n${output}`));
    });
  });
}
