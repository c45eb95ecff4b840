// `npm test`: installs what a fresh machine lacks (scripts/ensure-setup.mjs), then runs every check,
// in order, stopping at the first that fails — typecheck, unit tests, build, web-ext lint of
// dist/firefox, end-to-end tests in Chromium and Firefox ESR. Ends with the
// time each step took and plain summary lines for CI, each alone on its line:
//
//   unit: 312 passed, 0 failed
//   e2e: 24 passed, 0 failed
//   total: 336 passed, 0 failed
//
// A failed step that runs no tests (typecheck, build, lint) adds one failure to the total.
// Each step is the package.json script of the same name, so `npm run <step>` reproduces one alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSetup, SetupError } from './ensure-setup.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const reports = join(root, 'artifacts', 'test-results');

/** name shown, npm script, and where a vitest step writes its JSON results */
const steps = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'unit', script: 'test:unit', results: join(reports, 'unit.json') },
  { name: 'build', script: 'build' },
  { name: 'lint', script: 'lint:firefox' },
  { name: 'e2e', script: 'test:e2e', results: join(reports, 'e2e.json') },
];

// A fresh clone on a fresh machine: the dependencies and both browsers are installed first.
try {
  ensureSetup({ packages: ['chromium', 'firefox-esr'] });
} catch (error) {
  if (!(error instanceof SetupError)) throw error;
  console.error(`setup: ${error.message}`);
  console.log('total: 0 passed, 1 failed');
  process.exit(1);
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const done = [];
let failedStep = null;
for (const step of steps) {
  console.log(`\n▶ ${step.name}: npm run ${step.script}`);
  const extra = step.results ? ['--', '--reporter=default', '--reporter=json', `--outputFile.json=${step.results}`] : [];
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', step.script, ...extra], { cwd: root, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  const counts = step.results ? readCounts(step.results) : null;
  done.push({ ...step, ok: run.status === 0, seconds, counts });
  if (run.status !== 0) {
    failedStep = step.name;
    break;
  }
}

console.log('\nStep        result   time');
for (const step of done) {
  const counts = step.counts ? `   ${step.counts.passed} passed, ${step.counts.failed} failed, ${step.counts.skipped} skipped` : '';
  console.log(`${step.name.padEnd(11)} ${step.ok ? 'ok    ' : 'FAILED'} ${step.seconds.toFixed(1).padStart(6)} s${counts}`);
}
const total = (done.reduce((sum, step) => sum + step.seconds, 0)).toFixed(1);
console.log(`all steps ${failedStep ? `stopped at ${failedStep}` : 'passed'} in ${total} s\n`);

let passed = 0;
let failed = 0;
for (const step of steps.filter((candidate) => candidate.results)) {
  const ran = done.find((entry) => entry.name === step.name);
  // A vitest step that crashed before writing results counts as one failure, so the line never says 0 failed for a failed step.
  const counts = ran?.counts ?? { passed: 0, failed: ran && !ran.ok ? 1 : 0 };
  passed += counts.passed;
  failed += counts.failed;
  console.log(`${step.name}: ${counts.passed} passed, ${counts.failed} failed`);
}
if (failedStep && !['unit', 'e2e'].includes(failedStep)) failed += 1;
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);

/** Test counts from vitest's JSON reporter, null where the run wrote none. */
function readCounts(path) {
  if (!existsSync(path)) return null;
  try {
    const json = JSON.parse(readFileSync(path, 'utf8'));
    // A file that fails to load has no failed test in it, but is a failure all the same.
    const brokenFiles = (json.testResults ?? []).filter(
      (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    ).length;
    return {
      passed: json.numPassedTests ?? 0,
      failed: (json.numFailedTests ?? 0) + brokenFiles,
      skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
    };
  } catch {
    return null;
  }
}
