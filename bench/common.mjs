// What the bench scripts share: their arguments, a static server per bundle, medians.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

/** `--runs N` and the other arguments (bundle names or folders; `--flag`s kept apart). */
export function benchArgs(defaultRuns) {
  const args = process.argv.slice(2);
  const ri = args.indexOf('--runs');
  const runs = ri >= 0 ? Number(args.splice(ri, 2)[1]) : defaultRuns;
  return { runs, names: args.filter((a) => !a.startsWith('--')), flags: args.filter((a) => a.startsWith('--')) };
}

/** Serves a built folder with the real headers (e2e/serve.mjs); resolves once it listens. */
export async function serve(dir, port) {
  const child = spawn('node', [join(root, 'e2e/serve.mjs')], { env: { ...process.env, DIST_DIR: dir, PORT: String(port) }, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`static server exited (${code}): ${stderr.split('\n')[0]}`)));
  });
  return child;
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
