// A deployment of its own for the offline specs: a copy of dist/ in a temporary
// folder, served by serve.mjs (the real _headers) on a free port. Each test gets a
// fresh origin, so no service worker or cache carries over; stopping the server is
// a real loss of network for the worker too (context.setOffline does not reach a
// worker's fetches in Chromium: microsoft/playwright#2311).
import { spawn, execFileSync, ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const e2e = join(__dirname, '..');
export const distDir = join(e2e, process.env.DIST_DIR || '../dist');

export class Deployment {
  dir = mkdtempSync(join(tmpdir(), 'briefing-offline-'));
  origin = '';
  private server?: ChildProcess;

  constructor() {
    cpSync(distDir, this.dir, { recursive: true });
  }
  get base() {
    return `${this.origin}/briefing/`;
  }
  url(query = '') {
    return this.base + query;
  }
  async start() {
    const server = spawn(process.execPath, ['serve.mjs'], {
      cwd: e2e, env: { ...process.env, PORT: '0', DIST_DIR: this.dir }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.server = server;
    this.origin = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout!.on('data', (d) => {
        out += d;
        const m = out.match(/at (http:\/\/127\.0\.0\.1:\d+)\//);
        if (m) resolve(m[1]);
      });
      server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${out}`)));
    });
  }
  async stop() {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    await new Promise((resolve) => {
      server.once('exit', resolve);
      server.kill();
    });
  }
  /** A new deployment in the same place: index.html marked `mark`, the worker regenerated. */
  redeploy(mark: string, env: Record<string, string> = {}) {
    const html = join(this.dir, 'index.html');
    writeFileSync(html, readFileSync(html, 'utf8').replace('</head>', `<meta name="deployment" content="${mark}"></head>`));
    execFileSync(process.execPath, [join(e2e, '../scripts/service-worker.mjs'), this.dir], {
      env: { ...process.env, TRUNK_PROFILE: 'release', ...env }, stdio: 'pipe',
    });
  }
  swVersion() {
    return readFileSync(join(this.dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)![1];
  }
  async dispose() {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
