import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The import zones of architecture.md ("ESLint zones"), checked from the source so they hold even without lint. */
const root = resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    const target = match[1] ?? match[2] ?? match[3];
    if (target) found.push(target);
  }
  return found;
}

/** Local imports become repository paths prefixed with `@/`, so they can never be mistaken for a package. */
function resolvedTarget(file: string, target: string): string {
  return target.startsWith('.') ? `@/${relative(root, resolve(join(root, dirname(file)), target))}` : target;
}

function violations(folder: string, forbidden: (target: string, file: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .map((target) => resolvedTarget(file, target))
      .filter((target) => forbidden(target, file))
      .map((target) => `${file} → ${target}`),
  );
}

const isPackage = (target: string, names: string[]) => names.some((name) => target === name || target.startsWith(`${name}/`));
const isLocal = (target: string, folder: string) => target.startsWith(`@/${folder}`);

describe('layers', () => {
  it('shared/ imports nothing from the other layers and no Node, Electron, database or UI package', () => {
    expect(
      violations(
        'shared',
        (target) =>
          isLocal(target, 'electron/') ||
          isLocal(target, 'renderer/') ||
          isLocal(target, 'tests/') ||
          isPackage(target, ['electron', 'better-sqlite3', 'kysely', 'exceljs', 'react']) ||
          target.startsWith('node:'),
      ),
    ).toEqual([]);
  });

  it('shared/domain/ is pure: no API layer, no zod, no Date, and decimal.js only in money-policy', () => {
    expect(violations('shared/domain', (target) => isLocal(target, 'shared/api') || isPackage(target, ['zod']))).toEqual([]);
    expect(
      violations('shared/domain', (target, file) => isPackage(target, ['decimal.js']) && !file.endsWith('money/money-policy.ts')),
    ).toEqual([]);
    const withDate = sourceFiles('shared/domain').filter((file) =>
      /\bnew Date\b|\bDate\.(now|parse|UTC)\b/.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(withDate).toEqual([]);
  });

  it('renderer/ never reaches the backend, Node or the database', () => {
    expect(
      violations(
        'renderer',
        (target) =>
          isLocal(target, 'electron/') ||
          isPackage(target, ['electron', 'better-sqlite3', 'kysely', 'exceljs']) ||
          target.startsWith('node:'),
      ),
    ).toEqual([]);
  });

  it('use cases never call each other, and migration code steps import nothing of the app beyond shared/domain', () => {
    expect(
      violations(
        'electron/backend/use-cases',
        (target) => target.startsWith('@/electron/backend/use-cases/') && !target.endsWith('/use-case-context'),
      ),
    ).toEqual([]);
    expect(
      violations(
        'migrations',
        (target) =>
          (target.startsWith('@/') && !target.startsWith('@/shared/domain/') && !target.startsWith('@/migrations/')) ||
          isPackage(target, ['kysely', 'electron']),
      ),
    ).toEqual([]);
  });

  it('only electron/main and electron/preload import electron; only electron/backend/db speaks SQL', () => {
    expect(violations('electron', (target, file) => isPackage(target, ['electron']) && !/^electron\/(main|preload)\//.test(file))).toEqual(
      [],
    );
    expect(
      violations('electron', (target, file) => isPackage(target, ['kysely', 'better-sqlite3']) && !file.startsWith('electron/backend/db/')),
    ).toEqual([]);
  });

  it('use cases and their shared steps never see row types: schema.ts stays inside db/', () => {
    const isSchema = (target: string) => target === '@/electron/backend/db/schema';
    expect([...violations('electron/backend/use-cases', isSchema), ...violations('electron/backend/steps', isSchema)]).toEqual([]);
  });
});
