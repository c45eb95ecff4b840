/**
 * What a newcomer runs from the README, as they run it: the built command-line annotator
 * (`node dist/cli.mjs`, the bundle, not the module the unit tests import) and `npm start`'s demo
 * (scripts/demo.mjs, headless: the build, the demo page served, Chromium with the extension, the
 * report printed and the screenshots saved).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineError } from '../../src/cli/expect-one-line-error';
import { REPO_ROOT, reportSchemaErrors } from './harness';

const CLI = join(REPO_ROOT, 'dist/cli.mjs');
const STORY = join(REPO_ROOT, 'tests/fixtures/kerry-syria/cnn-2016.html');
const dir = mkdtempSync(join(tmpdir(), 'story-lens-commands-'));
chmodSync(dir, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asRoot = process.getuid?.() === 0;

function cli(args: string[], options: { user?: string } = {}) {
  const command = options.user ? ['runuser', '-u', options.user, '--', process.execPath, CLI, ...args] : [process.execPath, CLI, ...args];
  const run = spawnSync(command[0]!, command.slice(1), { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('node dist/cli.mjs', () => {
  it('prints a StoryReport that meets the contract schema, a readable report and the story body', () => {
    const json = cli(['annotate', STORY, '--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(reportSchemaErrors(report)).toEqual([]);
    expect(report.article.title).toBe('Kerry in London for Syria talks with allies');
    expect(report.story.id).toBe('kerry-syria-2016-10-16');

    const markdown = cli(['annotate', STORY, '--markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/^# Kerry in London for Syria talks with allies/m);
    for (const quote of report.quotes) expect(markdown.stdout).toContain(quote.text);

    const text = cli(['annotate', STORY, '--text']);
    expect(text.code).toBe(0);
    const paragraphs = text.stdout.trim().split('\n');
    expect(paragraphs.length).toBeGreaterThan(5);
    // The body alone: neither the related-stories column nor the headline.
    expect(text.stdout).not.toContain('RELATED STORIES');
    expect(paragraphs[0]).not.toBe(report.article.title);
  });

  it('--help names every option', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const option of ['annotate', '--url', '--json', '--markdown', '--text', '--help']) expect(help.stdout).toContain(option);
  });

  it('a missing, a directory, an empty, a binary and an unreadable file: one line each, exit code 2', () => {
    const missing = join(dir, 'missing.html');
    expectOneLineError(cli(['annotate', missing]), missing, /no such file/);
    expectOneLineError(cli(['annotate', dir]), dir, /directory/);
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '');
    expectOneLineError(cli(['annotate', empty]), empty, /empty/);
    const binary = join(dir, 'photo.html');
    writeFileSync(binary, readFileSync(join(REPO_ROOT, 'icons/icon-16.png')));
    expectOneLineError(cli(['annotate', binary]), binary, /binary/);
    const locked = join(dir, 'locked.html');
    writeFileSync(locked, '<p>secret</p>');
    chmodSync(locked, 0o000);
    // Root reads any file, so as root the CLI runs as an unprivileged user to meet the locked file.
    expectOneLineError(cli(['annotate', locked], asRoot ? { user: 'nobody' } : {}), locked, /permission denied/);
  });
});

describe('npm start, headless', () => {
  it('builds, shows the extension at work on the demo story, prints its report and saves screenshots', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/demo.mjs'), '--headless'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 150_000,
    });
    expect(run.stderr).not.toMatch(/story-lens demo:/);
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Title: +\S/m);
    expect(out).toMatch(/^Story: +recognised "/m);
    expect(out).toMatch(/^On the page: annotated; painted [1-9]\d* person, [1-9]\d* place, [1-9]\d* organization, [1-9]\d* quote/m);
    expect(out).toMatch(/^Highlights \(page\):\n {2}• \S/m);
    for (const heading of ['People', 'Places', 'Organizations', 'Quotations']) expect(out).toMatch(new RegExp(`^${heading} \\([1-9]\\d*\\):`, 'm'));
    // Every quotation printed with its speaker.
    expect(out).toMatch(/^ {2}“[^\n]+”\n {6}— \S/m);
    for (const shot of ['artifacts/demo.png', 'artifacts/demo-popup.png']) {
      const file = statSync(join(REPO_ROOT, shot));
      expect(file.mtimeMs).toBeGreaterThanOrEqual(started - 1000);
      expect(file.size).toBeGreaterThan(10_000);
      expect(readFileSync(join(REPO_ROOT, shot)).subarray(1, 4).toString()).toBe('PNG');
    }
  }, 180_000);
});
