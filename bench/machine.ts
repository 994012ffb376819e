import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './servers/launch.ts';

/** The machine and the versions a run measured, published with its numbers. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  kernel: string;
  node: string;
  versions: Record<string, string>;
}

const PACKAGES = [
  'yjs',
  'y-protocols',
  'ws',
  'better-sqlite3',
  'fastify',
  '@y/websocket-server',
  'y-leveldb',
  '@hocuspocus/server',
  '@hocuspocus/extension-sqlite',
  '@hocuspocus/provider',
  'sqlite3',
  'y-websocket',
];

const run = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

export function describeMachine(): Machine {
  const lscpu = run('lscpu', []);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(lscpu)?.[1]?.trim() ?? '';
  const memKb = Number(/MemTotal:\s*(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);
  const versions: Record<string, string> = {};
  for (const name of PACKAGES) {
    try {
      versions[name] = JSON.parse(
        readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
      ).version;
    } catch {
      versions[name] = 'missing';
    }
  }
  return {
    cpu: [field('Model name'), field('Hypervisor vendor') && `(${field('Hypervisor vendor')} guest)`]
      .filter(Boolean)
      .join(' '),
    cores: Number(field('CPU\\(s\\)')) || 0,
    memoryGiB: Math.round((memKb / 1024 / 1024) * 10) / 10,
    kernel: run('uname', ['-r']),
    node: process.version,
    versions,
  };
}
