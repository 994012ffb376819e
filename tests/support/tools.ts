import { spawnSync } from 'node:child_process';

/** Whether `command` is on the PATH. */
const onPath = (command: string) => spawnSync('sh', ['-c', `command -v '${command}'`]).status === 0;

/**
 * The skip condition of a test that needs `needs` (for `it.skipIf` and `describe.skipIf`):
 * true when one is missing, each a command on the PATH or `[what, available]` for what is not
 * a command. A skip says on stderr what is missing; under CI (`CI` set) nothing may skip, so a
 * missing tool fails the file instead.
 */
export function missing(...needs: (string | [what: string, available: boolean])[]): boolean {
  const absent = needs
    .map((need) => (typeof need === 'string' ? ([need, onPath(need)] as const) : need))
    .filter(([, available]) => !available)
    .map(([what]) => what);
  if (absent.length === 0) return false;
  if (process.env.CI) throw new Error(`${absent.join(', ')} missing, and CI runs every test: install it`);
  console.warn(`skipping the tests that need ${absent.join(', ')}: not installed`);
  return true;
}
