#!/usr/bin/env node
// The `swf` command: runs the TypeScript CLI through tsx, so it works right after `npm ci` (architecture A15).
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

register();
const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'electron', 'cli', 'swf.ts');
await import(pathToFileURL(entry).href);
