// Gzip size of the production JavaScript per area, from Vite's manifest (run after `npm run build`).
// "initial" = what the browser must load before the area's first screen renders: the entry plus the area's landing
// route and everything they import statically. "all" adds every chunk the area can load later (lazy routes, the editor).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const size = (file) => gzipSync(readFileSync(new URL(file, dist)), { level: 9 }).length;

function closure(keys, { dynamic }) {
    const seen = new Set();
    const visit = (key) => {
        if (seen.has(key) || !manifest[key]) return;
        seen.add(key);
        for (const k of manifest[key].imports ?? []) visit(k);
        // The entry lazily references every area's routes; an area's closure must not leak into the others through it.
        if (dynamic && !manifest[key].isEntry) for (const k of manifest[key].dynamicImports ?? []) visit(k);
    };
    keys.forEach(visit);
    return seen;
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const routes = (prefix) => Object.keys(manifest).filter((k) => k.startsWith(prefix));
const areas = {
    agent: {
        landing: ['src/app/routes/agent/layout.tsx', 'src/app/routes/agent/dashboard.tsx'],
        all: routes('src/app/routes/agent/'),
    },
    customer: {
        landing: ['src/app/routes/customer/customer-area.tsx'],
        all: routes('src/app/routes/customer/'),
    },
    admin: { landing: ['src/app/routes/admin/admin-area.tsx'], all: routes('src/app/routes/admin/') },
};
const entryStatic = closure([entry], { dynamic: false });
const kb = (bytes) => (bytes / 1024).toFixed(1);
const results = {};
for (const [area, { landing, all }] of Object.entries(areas)) {
    const initial = new Set([...entryStatic, ...closure(landing, { dynamic: false })]);
    const everything = new Set([...initial, ...closure(all, { dynamic: true })]);
    const sum = (set) =>
        [...set].reduce((n, k) => n + (manifest[k].file.endsWith('.js') ? size(manifest[k].file) : 0), 0);
    results[area] = { initialGzipBytes: sum(initial), allGzipBytes: sum(everything) };
    console.log(
        `${area.padEnd(9)} initial JS ${kb(results[area].initialGzipBytes).padStart(7)} KB gzip   all JS ${kb(results[area].allGzipBytes).padStart(7)} KB gzip`,
    );
}
const target = 250 * 1024;
console.log(
    `agent initial JS target ≤ 250 KB gzip: ${results.agent.initialGzipBytes <= target ? 'met' : 'NOT met'}`,
);
if (process.argv[2]) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(process.argv[2], JSON.stringify(results, null, 2) + '\n');
}
