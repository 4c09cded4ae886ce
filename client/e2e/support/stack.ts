import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The real stack for the browser tests: a fresh database, the built WebApi, and the built client. */

const clientDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const repoDir = resolve(clientDir, '..');
export const webApiDll = join(repoDir, 'src/WebApi/bin/Release/net10.0/GoTrs.WebApi.dll');

export const adminPassword = 'e2e-Admin-pass-1';
export const secondAgent = { login: 'agent2', password: 'e2e-Agent2-pass-1' };

export function parseConnection(value: string): pg.ClientConfig {
  const parts = Object.fromEntries(
    value
      .split(';')
      .filter(Boolean)
      .map((p) => {
        const i = p.indexOf('=');
        return [p.slice(0, i).trim().toLowerCase(), p.slice(i + 1).trim()];
      }),
  );
  return {
    host: parts.host ?? parts.server ?? '127.0.0.1',
    port: Number(parts.port ?? 5432),
    user: parts.username ?? parts['user id'] ?? parts.userid ?? 'postgres',
    password: parts.password,
    database: parts.database ?? 'postgres',
  };
}

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function waitFor(
  url: string,
  timeoutMs: number,
  ok: (r: Response) => Promise<boolean> | boolean,
  child?: ChildProcess,
) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child && child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (await ok(r)) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${url}`);
}

export interface Stack {
  baseUrl: string;
  apiUrl: string;
  database: string;
  admin: pg.ClientConfig;
  stop: () => Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const connection = process.env.GOTRS_TEST_ADMIN_CONNECTION;
  if (!connection)
    throw new Error(
      'Set GOTRS_TEST_ADMIN_CONNECTION (Npgsql-style) to a PostgreSQL cluster for the e2e tests.',
    );
  if (!existsSync(webApiDll))
    throw new Error(`Build the WebApi first: dotnet build src/WebApi -c Release (${webApiDll})`);
  if (!existsSync(join(clientDir, 'dist/index.html')))
    throw new Error('Build the client first: npm run build');

  const admin = parseConnection(connection);
  const database = `gotrs_e2e_${process.pid}_${Date.now()}`;
  const root = new pg.Client(admin);
  await root.connect();
  await root.query(`CREATE DATABASE "${database}"`);
  await root.end();

  const dataDir = mkdtempSync(join(tmpdir(), 'gotrs-e2e-'));
  const apiPort = await freePort();
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const conn = `Host=${admin.host};Port=${admin.port};Username=${admin.user};${admin.password ? `Password=${admin.password};` : ''}Database=${database}`;
  const children: ChildProcess[] = [];
  const api = spawn('dotnet', [webApiDll], {
    cwd: dirname(webApiDll),
    env: {
      ...process.env,
      ConnectionStrings__Default: conn,
      GOTRS_ADMIN_PASSWORD: adminPassword,
      GOTRS_DATA_DIR: dataDir,
      ASPNETCORE_URLS: apiUrl,
      ASPNETCORE_ENVIRONMENT: 'Production',
      Spa__Root: join(clientDir, 'dist'),
      Logging__LogLevel__Default: 'Warning',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(api);

  const stop = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => {
          const t = setTimeout(() => {
            child.kill('SIGKILL');
            r(undefined);
          }, 5000);
          child.once('exit', () => {
            clearTimeout(t);
            r(undefined);
          });
        });
      }
    }
    const c = new pg.Client(admin);
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await c.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitFor(`${apiUrl}/health/ready`, 180_000, (r) => r.ok, api);
    await seedDatabase({ ...admin, database });

    // The WebApi serves the client itself once the spa-api work lands; until then `vite preview` proxies /api.
    let baseUrl = apiUrl;
    const spa = await fetch(`${apiUrl}/login`).catch(() => null);
    if (!spa?.ok || !(await spa.text()).includes('id="root"')) {
      const previewPort = await freePort();
      baseUrl = `http://127.0.0.1:${previewPort}`;
      const preview = spawn(
        process.execPath,
        [
          join(clientDir, 'node_modules/vite/bin/vite.js'),
          'preview',
          '--host',
          '127.0.0.1',
          '--port',
          String(previewPort),
          '--strictPort',
        ],
        {
          cwd: clientDir,
          env: { ...process.env, GOTRS_API_URL: apiUrl },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      children.push(preview);
      await waitFor(`${baseUrl}/login`, 30_000, (r) => r.ok, preview);
    }
    console.log(
      `stack: API ${apiUrl}, client served by ${baseUrl === apiUrl ? 'the WebApi' : `vite preview at ${baseUrl}`}`,
    );
    return { baseUrl, apiUrl, database, admin, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** What the REST API cannot create (agents and customer users are admin-screen work still to come). */
async function seedDatabase(config: pg.ClientConfig) {
  const db = new pg.Client(config);
  await db.connect();
  try {
    const pw = createHash('sha256').update(secondAgent.password).digest('hex');
    const { rows } = await db.query(
      `INSERT INTO users (login, pw, first_name, last_name, valid_id, create_time, create_by, change_time, change_by)
       VALUES ($1, $2, 'Second', 'Agent', 1, now(), 1, now(), 1) RETURNING id`,
      [secondAgent.login, pw],
    );
    await db.query(
      `INSERT INTO group_user (user_id, group_id, permission_key, create_time, create_by, change_time, change_by)
       SELECT $1, id, 'rw', now(), 1, now(), 1 FROM permission_groups WHERE name = 'users'`,
      [rows[0].id],
    );
    await db.query(
      `INSERT INTO customer_user (login, email, customer_id, pw, first_name, last_name, valid_id, create_time, create_by, change_time, change_by)
       VALUES ('max.mustermann', 'max@example.com', 'ACME', NULL, 'Max', 'Mustermann', 1, now(), 1, now(), 1)`,
    );
  } finally {
    await db.end();
  }
}
