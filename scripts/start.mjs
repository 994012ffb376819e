// `npm start`: builds the client when dist/client is missing or older than its sources, then
// runs the server (`node --import tsx server/index.ts`, with the flags of serverArgs.mjs) as one child, forwarding signals so that
// SIGTERM/SIGINT reach the server's graceful shutdown, and exits with its code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_NODE_ARGS } from './serverArgs.mjs';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'client', 'index.html');
// Everything the client bundle is made of.
const sources = ['client', 'shared', 'vite.config.ts', 'package.json'].map((p) => join(root, p));

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

const stale = !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.map(newest));
if (stale) {
  console.log('Membangun klien / building the client (vite build)...');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const res = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (res.status !== 0) {
    console.error('Gagal membangun klien / client build failed.');
    process.exit(res.status ?? 1);
  }
}

const server = spawn(
  process.execPath,
  [...SERVER_NODE_ARGS, '--import', 'tsx', join(root, 'server', 'index.ts')],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
