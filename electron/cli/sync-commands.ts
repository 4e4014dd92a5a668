import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { recipientKeyFileMaxBytes } from '../../shared/api/sync-personal-format';

/**
 * `swf sync export … --full-data KEY_FILE`: the key file's text goes into the call (what the app's page sends
 * too), and the backend checks it, naming the field of anything wrong; here only that the file is there and small.
 */
export function exportInput(
  keyFile: string | undefined,
):
  | { ok: true; value: { personalData: 'pseudonymous' } | { personalData: 'encrypted-full'; recipientKey: string } }
  | { ok: false; problem: string } {
  if (keyFile === undefined) return { ok: true, value: { personalData: 'pseudonymous' } };
  const path = resolve(keyFile);
  if (!existsSync(path) || !statSync(path).isFile()) return { ok: false, problem: `--full-data: no key file at ${path}` };
  if (statSync(path).size > recipientKeyFileMaxBytes) return { ok: false, problem: `--full-data: ${path} is too large to be a key file` };
  return { ok: true, value: { personalData: 'encrypted-full', recipientKey: readFileSync(path, 'utf8') } };
}

/**
 * `swf sync verify FILES...` (issue 18 §5): a line per file, `ok` with the fund, sequence and key fingerprint the
 * officer compares with the treasurer's, or the reason in Thai and English; exit status 1 if any file fails. It
 * checks what a file can prove alone (container, manifest, signature under its own key, every part); whether that
 * key is the fund's pinned key and the sequence are the regional workspace's checks.
 */
export async function verifyFiles(files: readonly string[], write: (text: string) => void): Promise<number> {
  const [{ verifySyncFile }, { translateError }] = await Promise.all([
    import('../backend/sync/verify-sync-file'),
    import('../backend/messages'),
  ]);
  let failed = 0;
  for (const file of files) {
    const result = await verifySyncFile(resolve(file));
    if (result.ok) {
      const { fund, sequence, key, kind, personalData } = result.manifest;
      write(`${file}\tok\tfund ${fund.code} (${fund.uuid})\tsequence ${sequence} ${kind}\t${personalData}\tkey ${key.fingerprint}\n`);
      continue;
    }
    failed += 1;
    const where = result.part === undefined ? '' : ` [${result.part}${result.line === undefined ? '' : `:${result.line}`}]`;
    const { message } = translateError({ code: `sync-${result.reason}` });
    write(`${file}\t${result.reason}${where}\t${message.th} / ${message.en}\t(${result.detail})\n`);
  }
  return failed > 0 ? 1 : 0;
}
