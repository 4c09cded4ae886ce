import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages, namespaces, resources } from '@/lib/i18n';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.test.tsx') ? [path] : [];
  });
}

describe('locales', () => {
  for (const ns of namespaces) {
    const english = keys(resources.en[ns]).sort();
    for (const lng of languages) {
      it(`${lng}/${ns} has exactly the English keys, none empty`, () => {
        const flat = keys(resources[lng][ns]).sort();
        expect(flat).toEqual(english);
        const values = JSON.stringify(resources[lng][ns]);
        expect(values).not.toMatch(/:""/);
      });
    }
  }

  it('every literal key the source asks for exists in English', () => {
    const missing: string[] = [];
    const root = join(process.cwd(), 'src');
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      const ns = /useTranslation\('agent'\)/.test(text) ? 'agent' : 'common';
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'(\s*,\s*\{[^}]*ns:\s*'(\w+)')?/g)) {
        const key = m[1]!;
        const keyNs = (m[3] ?? ns) as (typeof namespaces)[number];
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources.en[keyNs]);
        if (typeof value !== 'string') missing.push(`${file.slice(root.length)}: ${keyNs}:${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('Arabic is laid out right to left', async () => {
    const i18n = (await import('@/lib/i18n')).default;
    await i18n.changeLanguage('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    await i18n.changeLanguage('en');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
