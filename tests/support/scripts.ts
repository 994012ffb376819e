import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** What a script printed and how it ended. */
export interface ScriptRun {
  code: number;
  stdout: string;
  /** Standard output and error interleaved, as a person at the terminal would read them. */
  out: string;
}

/** Runs `node --import tsx <script> <args>` from the repository root, as its `npm run` entry does. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let out = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, out }));
  });
}
