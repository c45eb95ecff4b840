import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineError } from './expect-one-line-error';
import { runCli, USAGE } from './run-cli';

const STORY_TXT = readFileSync(new URL('../../tests/fixtures/kerry-syria/plain.txt', import.meta.url));
const STORY_HTML = new URL('../../tests/fixtures/kerry-syria/cnn-2016.html', import.meta.url).pathname;
const STORY_TXT_PATH = new URL('../../tests/fixtures/kerry-syria/plain.txt', import.meta.url).pathname;
const HEADLINE = 'Kerry in London for Syria talks with allies';

const dir = mkdtempSync(join(tmpdir(), 'story-lens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI in-process and collects what it prints. */
async function run(args: string[], stdin: Uint8Array = new Uint8Array()) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) }, { readStdin: async () => stdin });
  return { code, stdout, stderr };
}

describe('annotate on input it cannot use', () => {
  it('a missing file', async () => {
    const path = join(dir, 'no-such-page.html');
    expectOneLineError(await run(['annotate', path, '--json']), path, /no such file/);
  });

  it('a directory given as the file', async () => {
    expectOneLineError(await run(['annotate', dir]), dir, /directory/);
  });

  // root reads files whatever their mode, so an unreadable file cannot be made as root.
  it.skipIf(process.getuid?.() === 0)('a file without read permission (skipped when running as root: root can read it)', async () => {
    const path = fileWith('locked.html', '<p>secret</p>');
    chmodSync(path, 0o000);
    expectOneLineError(await run(['annotate', path]), path, /permission denied/);
  });

  // Linux: /proc/self/mem opens but refuses reads (EIO), even for root.
  it.skipIf(process.platform !== 'linux')('a file that opens but cannot be read', async () => {
    expectOneLineError(await run(['annotate', '/proc/self/mem']), '/proc/self/mem', /\S/);
  });

  it('a binary file (an image)', async () => {
    const png = readFileSync(new URL('../../icons/icon-16.png', import.meta.url));
    const path = fileWith('photo.html', png);
    expectOneLineError(await run(['annotate', path, '--markdown']), path, /binary/);
  });

  it('an empty file', async () => {
    const path = fileWith('empty.html', '');
    expectOneLineError(await run(['annotate', path]), path, /empty/);
  });

  it('a file of blank space only', async () => {
    const path = fileWith('blank.txt', '  \n\n\t \n');
    expectOneLineError(await run(['annotate', path]), path, /blank/);
  });

  it('empty standard input, named as such', async () => {
    expectOneLineError(await run(['annotate', '-']), 'standard input', /empty/);
  });

  it('an unknown option or a missing FILE: one line pointing to --help, exit 2', async () => {
    for (const args of [['annotate', STORY_HTML, '--jsonn'], ['annotate'], ['annotate', STORY_HTML, '--url']]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('--help');
    }
  });
});

describe('--help', () => {
  const documented = [...USAGE.matchAll(/^\s+(--[a-z]+)/gm)].map((match) => match[1] as string);

  it('documents every option of the test contract, each with a description', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    for (const option of ['--url', '--json', '--markdown', '--text', '--help']) {
      expect(documented).toContain(option);
      expect(stdout).toMatch(new RegExp(`^\\s+${option}(\\s+[A-Z]+)?\\s{2,}\\S.{10,}$`, 'm'));
    }
    expect(stdout).toMatch(/standard input/);
  });

  it('documents only options the command accepts', async () => {
    for (const option of documented.filter((flag) => flag !== '--help')) {
      const args = option === '--url' ? ['annotate', STORY_TXT_PATH, option, 'https://example.com/a'] : ['annotate', STORY_TXT_PATH, option];
      const result = await run(args);
      expect(result.stderr, option).toBe('');
      expect(result.code, option).toBe(0);
    }
  });
});

describe('annotate -', () => {
  it('reads the story from standard input', async () => {
    const { code, stdout, stderr } = await run(['annotate', '-', '--json'], STORY_TXT);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { article: { title: string }; story: { id: string | null } };
    expect(report.article.title).toBe(HEADLINE);
    expect(report.story.id).toBe('kerry-syria-2016-10-16');
  });
});
