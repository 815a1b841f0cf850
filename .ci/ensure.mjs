// Installs what the project needs on a fresh machine, using only Node's own modules.
//   --deps      npm dependencies (npm ci when node_modules is missing or older than the lockfile)
//   --chromium  Debian's Chromium for the browser tests (apt-get, when root); else one line saying what to install
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findChrome } from './chrome.mjs';

const args = new Set(process.argv.slice(2));

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

if (args.has('--deps')) {
  const installed = mtime('node_modules/.package-lock.json');
  const stale = installed === 0 || mtime('package-lock.json') > installed || mtime('package.json') > installed;
  if (stale) {
    console.log('Installing npm dependencies…');
    const ok = existsSync('package-lock.json')
      ? run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'])
      : run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
    if (!ok) {
      console.error('npm could not install the dependencies (see above).');
      process.exit(1);
    }
  }
}

if (args.has('--chromium') && !findChrome()) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist: point it at a Chromium or Chrome binary.`);
    process.exit(1);
  }
  if (!isRoot || !hasApt) {
    console.error('No Chromium found: install it (Debian: sudo apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary.');
    process.exit(1);
  }
  console.log('Installing Debian\'s chromium for the browser tests…');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!run('apt-get', ['update', '-qq'], env) || !run('apt-get', ['install', '-y', '-qq', 'chromium'], env) || !findChrome()) {
    console.error('apt-get could not install chromium: install it by hand or set CHROME_PATH.');
    process.exit(1);
  }
}
