// CI: the built `signin-flow conformance` command (dist/server/cli.js, as `npx signin-flow` runs it)
// against a real sandbox on a free port. Exits with the command's code: 0 only when every check passed or skipped.
import { spawn } from 'node:child_process';
import { startSandbox } from '../demo/sandbox/main.js';

const sandbox = await startSandbox({ port: 0, log: () => {} });
const args = ['conformance', '--api-base', sandbox.url, '--client-id', 'sandbox-client', '--origin', 'http://localhost:8000'];
// Not spawnSync: this process serves the sandbox while the command runs.
const child = spawn(process.execPath, ['dist/server/cli.js', ...args], {
  stdio: 'inherit',
  env: { ...process.env, SIGNIN_FLOW_SECRET: sandbox.secret, SIGNIN_FLOW_WEBHOOK_SECRET: sandbox.webhookSecret },
});
const code = await new Promise<number>((resolve) => child.once('exit', (status) => resolve(status ?? 1)));
await sandbox.close();
process.exit(code);
