/**
 * A real nginx (Debian package) serving a built site on 127.0.0.1 with the build's generated includes,
 * the way an operator would deploy it. Its own prefix, config and logs live in a temporary folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

export interface NginxServer {
  url: string;
  stop(): Promise<void>;
  errorLog(): string;
}

export async function startNginx(dist: string): Promise<NginxServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'help-nginx-'));
  for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { text/html html; application/json json; text/javascript js; text/css css; }
  include ${dist}/_nginx/fwlink-http.conf;
  server {
    listen 127.0.0.1:${port};
    root ${dist};
    index index.html;
    error_page 404 /404.html;
    include ${dist}/_nginx/fwlink-server.conf;
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(`${url}/`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    errorLog: () => readFileSync(join(prefix, 'error.log'), 'utf8'),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
