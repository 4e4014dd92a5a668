import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../shared/i18n/en.json';
import th from '../../../shared/i18n/th.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const root = join(__dirname, '../../..');
const thKeys = new Set(keys(th));
/** Thai has no plural forms; English may split a key into `_one` / `_other` (i18next plurals). */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('translations (Thai first, English second)', () => {
  it('has the same keys in Thai and English', () => {
    const unique = (list: string[]) => [...new Set(list.map(base))].sort();
    expect(unique(keys(en as Tree))).toEqual(unique([...thKeys]));
  });

  it('has no empty text', () => {
    for (const tree of [th, en] as Tree[])
      for (const key of keys(tree))
        expect(
          key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part] as Tree | string, tree),
          key,
        ).not.toBe('');
  });

  it('knows every literal key the screens and the backend ask for', () => {
    const missing: string[] = [];
    for (const file of [...sourceFiles(join(root, 'renderer')), ...sourceFiles(join(root, 'electron/backend'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'((?:ui|fields|errors|welfare|statuses|descriptions|reasons)\.[A-Za-z0-9.-]+)'/g)) {
        const key = match[1] ?? '';
        if (!thKeys.has(key)) missing.push(`${file.slice(root.length + 1)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
