// `npm start`: install what is missing, build the SPA, start the server (demo mode unless DEMO=0).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { bootstrap, root, run } from './bootstrap.mjs';

const pnpm = bootstrap();
console.log('\x1b[36m›\x1b[0m Die Web-Oberfläche wird gebaut …');
if (run(pnpm, ['--filter', '@plainstaff/web', 'build']) !== 0) process.exit(1);

const env = { ...process.env, DEMO: process.env.DEMO ?? '1' };
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const server = spawn(tsx, ['apps/server/src/server.ts'], { cwd: root, env, stdio: 'inherit' });
// Ctrl-C reaches the whole process group; the server shuts down gracefully on its own.
const forward = (signal) => server.kill(signal);
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
