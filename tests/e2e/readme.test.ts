/**
 * The README is the newcomer's first contact with the product, and it names things that change
 * under it: dependencies, permissions, npm scripts, screenshots. These checks keep those statements
 * true as the project grows (they run with the end-to-end suite, which proves the same README's
 * commands work in the browsers).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as { permissions?: string[]; host_permissions?: string[] };

/** The rows of the README table under the given `## heading`, as arrays of cell texts. */
function tableRows(heading: string): string[][] {
  const section = readme.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .slice(1)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('README', () => {
  it('lists every package of package.json in the dependency table, each with a reason', () => {
    const rows = tableRows('Dependencies');
    const documented = new Map(rows.flatMap(([names = '', , why = '']) => names.split(/,\s*/).map((name) => [name, why] as const)));
    for (const name of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]) {
      expect(documented.has(name), `${name} is missing from the README's dependency table`).toBe(true);
      expect(documented.get(name)?.length ?? 0, `${name} needs a reason`).toBeGreaterThan(10);
    }
  });

  it('justifies every permission the manifest asks for', () => {
    const rows = tableRows('Permissions');
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]) {
      const row = rows.find(([name = '']) => name.includes(`\`${permission}\``));
      expect(row, `${permission} is missing from the README's permissions table`).toBeDefined();
      expect(row?.[1]?.length ?? 0).toBeGreaterThan(20);
    }
  });

  it('names only npm scripts that exist', () => {
    const named = [...readme.matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1] as string);
    expect(named.length).toBeGreaterThan(0);
    for (const script of named) expect(Object.keys(pkg.scripts), `npm run ${script}`).toContain(script);
    expect(pkg.scripts.start).toBeDefined();
    expect(pkg.scripts.test).toBeDefined();
  });

  it('shows only images that are committed', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1] as string);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(existsSync(join(REPO_ROOT, image)), image).toBe(true);
  });
});
