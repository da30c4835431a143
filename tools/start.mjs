#!/usr/bin/env node
// Starts Accord Tracker: PostgreSQL (embedded, unless DATABASE_URL is set) and the server, which runs
// the migrations, loads the demo data on first start and serves the UI and the API on one port.
// It owns both processes: Ctrl-C or SIGTERM stops the server first, then the database.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
env.ACCORD_DATA_DIR = resolve(env.ACCORD_DATA_DIR || resolve(root, 'data'));
env.ACCORD_STATIC_DIR ??= resolve(root, 'dist/frontend/browser');
const serverMain = resolve(root, 'dist/backend/main.js');
if (!existsSync(serverMain)) {
  console.error('The server is not built: run `npm run build` first (`npm start` does it for you).');
  process.exit(1);
}

let database;
if (!env.DATABASE_URL) {
  const port = Number(env.ACCORD_PG_PORT || 54329);
  database = await startEmbeddedPostgres({ directory: env.ACCORD_DATA_DIR, port, database: 'accord' });
  env.DATABASE_URL = database.url;
  console.log(`Embedded PostgreSQL on port ${port}, data in ${env.ACCORD_DATA_DIR}/pg`);
}

// Its own process group: Ctrl-C in a terminal reaches this launcher only, which passes one signal on.
const server = spawn(process.execPath, ['--enable-source-maps', serverMain], { env, stdio: 'inherit', detached: true });

// embedded-postgres stops its clusters on these signals and then exits the process at once; this
// launcher stops the server first and the database after, so it takes the signals over.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

server.on('exit', async (code, signal) => {
  await database?.stop();
  process.exit(code ?? (signal ? 0 : 1));
});
