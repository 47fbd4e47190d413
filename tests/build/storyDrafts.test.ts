// A story with draft: true, in a copy of the project: the build (Astro, then Pagefind) leaves it
// out of every page, the feed, the sitemap and the search index, and the preview (astro dev)
// shows it with its 草稿 banner. One build and one dev server for all of it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT_ROOT as root } from '../support/projectCopy.ts';

const SLUG = 'zz-draft-story';
/** A word found only in the draft (tests/fixtures/stories/draft.md). */
const WORD = 'zqxdraftword';

const project = copyProject('story-draft-');
const dist = join(project.dir, 'dist');
let dev: ChildProcess | undefined;

afterAll(() => {
  // The dev server was started in its own process group: end it and its children.
  if (dev?.pid && dev.exitCode === null) process.kill(-dev.pid, 'SIGTERM');
  project.remove();
});

/** Every file under `dir`, as paths relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full).map((f) => join(name, f)) : [name];
  });
}

/** The text of the Pagefind index and page fragments (they are gzip-compressed). */
function searchIndexText(): string {
  const dir = join(dist, 'pagefind');
  return files(dir)
    .filter((f) => /\.pf_(?:fragment|index)$/.test(f))
    .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('latin1'))
    .join('\n');
}

describe('a draft story in the build', () => {
  beforeAll(() => {
    // The fixture cites the fixtures' source; the project's register has its own ids.
    const draft = readFileSync(join(root, 'tests/fixtures/stories/draft.md'), 'utf8');
    writeFileSync(
      join(project.dir, `content/stories/${SLUG}.md`),
      draft.replace('[seed-article]', '[seed-01blockchain-2020-05-16]'),
    );
    const bin = (name: string) => join(project.dir, 'node_modules', '.bin', name);
    for (const [command, args] of [
      [bin('astro'), ['build']],
      [bin('pagefind'), ['--site', 'dist', '--silent']],
    ] as const) {
      const run = spawnSync(command, args, {
        cwd: project.dir,
        encoding: 'utf8',
        timeout: 150_000,
      });
      expect(run.status, `${command}:\n${run.stdout}\n${run.stderr}`.slice(-3000)).toBe(0);
    }
  }, 300_000);

  it('has no page, and no page, feed or sitemap names it', () => {
    expect(existsSync(join(dist, 'stories', 'why-hunan', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'stories', SLUG))).toBe(false);
    const mentions = files(dist)
      .filter((f) => /\.(?:html|xml|json|txt)$/.test(f))
      .filter((f) => {
        const text = readFileSync(join(dist, f), 'utf8');
        return text.includes(SLUG) || text.includes(WORD) || text.includes('一篇还没写完的草稿');
      });
    expect(mentions).toEqual([]);
    // The feed and the sitemap list the published stories (so the check above could fail).
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('/stories/why-hunan/');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('/stories/why-hunan/');
  });

  it('is not in the search index', () => {
    const index = searchIndexText();
    expect(index).toContain('/stories/why-hunan/');
    expect(index).toContain('gdp');
    expect(index).not.toContain(SLUG);
    expect(index).not.toContain(WORD);
  });
});

/**
 * This process's environment without what vitest adds to it (VITEST*, TEST, NODE_ENV, MODE, DEV,
 * PROD, SSR, BASE_URL): with those set, astro dev serves no page.
 */
function terminalEnv(): NodeJS.ProcessEnv {
  const added = /^(?:VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|FORCE_TTY)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !added.test(key)));
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/**
 * Fetches `url` until it answers 200 (the server first answers "Cannot GET" while Astro starts),
 * for up to `ms`, unless the server has exited; then the last answer.
 */
async function fetchWhenUp(url: string, ms: number): Promise<{ status: number; html: string }> {
  const until = Date.now() + ms;
  for (;;) {
    if (dev?.exitCode !== null) throw new Error(`astro dev exited with code ${dev?.exitCode}`);
    const answer = await fetch(url).then(
      async (r) => ({ status: r.status, html: await r.text() }),
      () => undefined,
    );
    if (answer && (answer.status === 200 || Date.now() > until)) return answer;
    if (Date.now() > until) throw new Error(`no answer from ${url}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('a draft story in the preview', () => {
  it('is shown, with the 草稿 banner, and listed on the home page', async () => {
    const port = await freePort();
    dev = spawn(
      process.execPath,
      [
        join(root, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      { cwd: project.dir, detached: true, stdio: 'ignore', env: terminalEnv() },
    );
    const { status, html } = await fetchWhenUp(`http://127.0.0.1:${port}/stories/${SLUG}/`, 90_000);
    expect(status, html.slice(0, 1500)).toBe(200);
    expect(html).toContain('class="draft-banner"');
    expect(html).toContain(WORD);
    const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect(home).toContain(`href="/stories/${SLUG}/"`);
    expect(home).toContain('草稿');
  }, 120_000);
});
