// Fails when src/api/generated/schema.d.ts is not what `npm run gen:api` makes of ../docs/api/openapi.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'gotrs-api-'));
const fresh = join(dir, 'schema.d.ts');
const committed = new URL('../src/api/generated/schema.d.ts', import.meta.url).pathname;
try {
    execFileSync('npx', ['openapi-typescript', '../docs/api/openapi.json', '-o', fresh], { stdio: 'ignore' });
    if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
        console.error('src/api/generated/schema.d.ts is stale: run `npm run gen:api` and commit the result.');
        process.exit(1);
    }
    console.log('API types match docs/api/openapi.json');
} finally {
    rmSync(dir, { recursive: true, force: true });
}
