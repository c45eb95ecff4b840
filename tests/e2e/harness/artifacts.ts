import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above tests/e2e/harness/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The build under test: $STORY_LENS_DIST (e.g. another checkout's dist/) or this repository's dist/. */
export const DIST_DIR = process.env.STORY_LENS_DIST ? resolve(process.env.STORY_LENS_DIST) : join(REPO_ROOT, 'dist');

/** artifacts/e2e/<browser>/: screenshots of failures and the ones tests choose to keep (gitignored). */
export function artifactPath(browser: string, name: string): string {
  const dir = join(REPO_ROOT, 'artifacts', 'e2e', browser);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${slug(name)}.png`);
}

/** A file-name-safe form of a test name. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'page';
}
