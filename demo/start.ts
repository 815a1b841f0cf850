// `npm start`: the integrator demo on :8000 (PORT) and the sandbox provider on :8787 (SANDBOX_PORT).
import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { createDemoApp } from './server.js';

const port = Number(process.env.PORT ?? 8000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 8787);
const sandboxUrl = `http://localhost:${sandboxPort}`;

interface SandboxHandle {
  readonly url: string;
  close(): Promise<void> | void;
}

async function startSandbox(): Promise<SandboxHandle | undefined> {
  const entry = new URL('./sandbox/main.ts', import.meta.url);
  if (!existsSync(entry)) return undefined;
  const sandbox = (await import(entry.href)) as { startSandbox(options: { port: number }): Promise<SandboxHandle> };
  return sandbox.startSandbox({ port: sandboxPort });
}

const sandbox = await startSandbox();
const demo = serve({ fetch: createDemoApp({ sandboxUrl }).fetch, port }, () => {
  console.log(`\nsignin-flow demo:  http://localhost:${port}/`);
  console.log(`CDN script demo:   http://localhost:${port}/cdn.html`);
  console.log(sandbox ? `Sandbox provider:  ${sandbox.url}` : 'Sandbox provider:  not built yet (the demo uses a fixture catalog)');
  console.log('Press Ctrl+C to stop.');
});

function stop() {
  demo.close();
  void sandbox?.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
