import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyse } from '../core/analyse';
import type { PageReading } from '../core/analyse';
import { shippedCatalog } from '../core/story/shipped-catalog';
import { parseStoryText } from '../core/story/parse-story-text';
import { bodyText } from '../core/text-model';
import { readPage } from '../dom/read-page';
import { formatMarkdown } from './format-markdown';

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

type Format = 'json' | 'markdown' | 'text';

export const USAGE = `Usage: story-lens annotate FILE [--url URL] [--json | --markdown | --text]

Reads a saved news page (.html), a story as plain text (.txt), or standard input (FILE "-"),
finds the story, and prints what Story Lens knows about it.

Options:
  --url URL    the page's address (for the report, relative links and site name)
  --json       print the StoryReport as JSON (the default)
  --markdown   print a readable report: headline, story, highlights, entities, quotations
  --text       print only the story body as extracted, one paragraph a line
  --help       show this help
`;

/** Where `-` reads from: the process's standard input unless a test hands in its own. */
export interface Input {
  readStdin(): Promise<Uint8Array>;
}

/** Thrown for input the CLI cannot use; printed as one line, exit code 2. */
class InputError extends Error {}

export async function runCli(args: readonly string[], out: Output, input: Input = { readStdin }): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    out.stdout(USAGE);
    return 0;
  }
  const [command, ...rest] = args;
  if (command !== 'annotate') {
    out.stderr(`story-lens: unknown command ${command ? `"${command}"` : '(none)'}; see --help\n`);
    return 2;
  }
  let file: string | undefined;
  let url: string | null = null;
  let format: Format = 'json';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json' || arg === '--markdown' || arg === '--text') format = arg.slice(2) as Format;
    else if (arg === '--url') {
      url = rest[++i] ?? null;
      if (!url) return usageError(out, '--url needs a value');
    } else if (arg.startsWith('--')) return usageError(out, `unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else return usageError(out, `unexpected argument ${arg}`);
  }
  if (file === undefined) return usageError(out, 'annotate needs a FILE (or - for standard input)');

  let reading: PageReading;
  try {
    reading = await readInput(file, url, input);
  } catch (error) {
    const reason = error instanceof InputError ? error.message : describeIoError(error);
    const name = file === '-' ? 'standard input' : file;
    out.stderr(`story-lens: ${name}: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
    return 2;
  }
  const analysis = analyse(reading, shippedCatalog);
  if (format === 'json') out.stdout(`${JSON.stringify(analysis.report, null, 2)}\n`);
  else if (format === 'markdown') out.stdout(formatMarkdown(analysis.report));
  else {
    const body = reading.article.detected ? bodyText(reading.model) : '';
    out.stdout(body ? `${body}\n` : '');
  }
  return 0;
}

function usageError(out: Output, message: string): number {
  out.stderr(`story-lens: ${message}; see --help\n`);
  return 2;
}

async function readInput(file: string, url: string | null, input: Input): Promise<PageReading> {
  const bytes = file === '-' ? await input.readStdin() : await readFile(file);
  if (bytes.length === 0) throw new InputError('the file is empty');
  if (looksBinary(bytes)) throw new InputError('the file is binary, not an HTML page or text');
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.trim() === '') throw new InputError('the file holds only blank space');
  if (isHtml(file, text)) {
    // The page's own console output and jsdom's CSS parser complaints are not the CLI's output.
    const dom = new JSDOM(text, { url: url ?? undefined, contentType: 'text/html', virtualConsole: new VirtualConsole() });
    return readPage(dom.window.document, url);
  }
  return readPlainText(text, url);
}

function readPlainText(text: string, url: string | null): PageReading {
  const story = parseStoryText('input', text);
  const wordCount = story.model.text.split(/\s+/).filter(Boolean).length;
  return {
    url,
    article: { detected: wordCount > 0, title: story.title || null, byline: null, published: null, site: null, wordCount },
    model: story.model,
  };
}

const isHtml = (file: string, text: string) =>
  /\.x?html?$/i.test(file) || /^\s*(<!doctype html|<html|<head|<body|<!--)/i.test(text.slice(0, 1024));

/** NUL bytes never occur in HTML or text worth reading; they do in images, archives and executables. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message : String(error);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
