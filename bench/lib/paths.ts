import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const REPO = path.dirname(BENCH_DIR);
export const repoPath = (...p: string[]) => path.join(REPO, ...p);
export const exists = (...p: string[]) => fs.existsSync(repoPath(...p));
