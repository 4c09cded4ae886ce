// The registry mirror here lacks some platform builds of optional native packages (e.g. @tailwindcss/oxide-darwin-arm64),
// so `npm install` leaves them out of package-lock.json and `npm ci` then calls the lock out of sync. This records each
// missing optional package with its os/cpu so `npm ci` sees a complete lock and skips them on this platform.
// Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platforms = {
    'android-arm64': [['android'], ['arm64']],
    'darwin-arm64': [['darwin'], ['arm64']],
    'darwin-x64': [['darwin'], ['x64']],
    'freebsd-x64': [['freebsd'], ['x64']],
    'linux-arm-gnueabihf': [['linux'], ['arm']],
    'linux-arm64-gnu': [['linux'], ['arm64']],
    'linux-arm64-musl': [['linux'], ['arm64']],
    'linux-x64-gnu': [['linux'], ['x64']],
    'linux-x64-musl': [['linux'], ['x64']],
    'wasm32-wasi': [[], ['wasm32']],
    'win32-arm64-msvc': [['win32'], ['arm64']],
    'win32-x64-msvc': [['win32'], ['x64']],
};
let added = 0;
for (const pkg of Object.values(lock.packages)) {
    for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
        const key = `node_modules/${name}`;
        if (lock.packages[key]) continue;
        const suffix = Object.keys(platforms).find((p) => name.endsWith(p));
        if (!suffix) throw new Error(`unknown platform package ${name}`);
        const [os, cpu] = platforms[suffix];
        lock.packages[key] = { version, dev: true, optional: true, ...(os.length ? { os } : {}), cpu };
        added++;
    }
}
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`recorded ${added} platform packages`);
