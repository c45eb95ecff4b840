import { runCli } from './run-cli';

// `story-lens annotate page.html | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A bug, not bad input: still one line for the reader; the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`story-lens: internal error: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (process.env.STORY_LENS_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
  process.exitCode = 1;
}
