// What `npm start` and `npm test` need before they can run, installed where a fresh machine lacks it,
// so a newcomer types one command and nothing by hand:
//   - the locked dependency tree (`npm ci`) when node_modules is missing;
//   - Debian's browsers (`apt-get install -y chromium firefox-esr`) when one that is asked for is missing.
// Only node's own modules here: this runs before any package is installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Debian package → the command it installs. */
const BROWSER_COMMANDS = { chromium: 'chromium', 'firefox-esr': 'firefox-esr' };

/** Thrown with a message for the reader when something cannot be installed here. */
export class SetupError extends Error {}

/**
 * Installs what is missing, saying what it does; silent when everything is there.
 * `packages`: the Debian browser packages the caller will drive.
 */
export function ensureSetup({ packages = [], log = (line) => console.log(line) } = {}) {
  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    log('setup: node_modules is missing; installing the locked dependencies (npm ci)');
    // Browsers come from Debian, never from an npm package's own download.
    const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
    run('npm', ['ci', '--no-audit', '--no-fund'], env, 'npm ci failed (see above)');
  }
  const missing = packages.filter((name) => !onPath(BROWSER_COMMANDS[name] ?? name));
  if (missing.length === 0) return;
  if (!onPath('apt-get')) throw new SetupError(`${missing.join(' and ')} missing, and there is no apt-get here to install it: install ${missing.join(' and ')} from your system's packages`);
  const asRoot = process.getuid?.() === 0;
  if (!asRoot && !onPath('sudo')) throw new SetupError(`${missing.join(' and ')} missing: run apt-get install -y ${missing.join(' ')} as root`);
  const apt = asRoot ? ['apt-get'] : ['sudo', 'apt-get'];
  log(`setup: installing ${missing.join(' and ')} from Debian's packages (apt-get)`);
  run(apt[0], [...apt.slice(1), 'update'], process.env, 'apt-get update failed (see above)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(apt[0], [...apt.slice(1), 'install', '-y', ...missing], env, `apt-get install ${missing.join(' ')} failed (see above)`);
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args, env, failure) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) throw new SetupError(failure);
}
