import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '../../kernel/errors';
import { defineJob } from '../../kernel/module';
import type { RequestContext } from '../../kernel/request-context';
import { CdrImportSource } from './cdr-import.entity';
import { importCdrFile, MAX_CDR_FILE_CHARS } from './cdr-import.service';

/** The folder the switch drops CDR files into (`CDR_SPOOL_DIR`), read when the job runs; unset: the job does nothing. */
export const cdrSpoolDir = () => process.env.CDR_SPOOL_DIR?.trim() || null;

async function moveTo(dir: string, sub: 'done' | 'failed', name: string) {
  await mkdir(join(dir, sub), { recursive: true });
  let target = join(dir, sub, name);
  if (existsSync(target)) target = join(dir, sub, `${name}.${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await rename(join(dir, name), target);
  return target;
}

/**
 * Imports every `*.csv` file in the spool folder, oldest name first, each all-or-nothing:
 * imported files move to `done/`, refused ones to `failed/` with a `<name>.errors.txt` listing
 * the bad rows by line number. A database failure leaves the file where it is for the retry.
 * Running it again changes nothing: the files are gone, and a file put back is all duplicates.
 */
export async function runCdrSpool(ctx: RequestContext, progress: (done: number, total: number) => Promise<void> = async () => {}) {
  const dir = cdrSpoolDir();
  if (!dir) return { files: 0, note: 'CDR_SPOOL_DIR is not set' };
  const names = [];
  for (const name of (await readdir(dir)).sort()) {
    if (/\.csv$/i.test(name) && (await stat(join(dir, name))).isFile()) names.push(name);
  }
  const results: { file: string; ok: boolean; imported: number; duplicates: number; errors: number }[] = [];
  for (const [i, name] of names.entries()) {
    let problems: string[] = [];
    let ok = false;
    let imported = 0;
    let duplicates = 0;
    try {
      const text = (await stat(join(dir, name))).size > MAX_CDR_FILE_CHARS * 4 ? 'x'.repeat(MAX_CDR_FILE_CHARS + 1) : await readFile(join(dir, name), 'utf8');
      const report = await importCdrFile(ctx, { fileName: name, text, source: CdrImportSource.SPOOL });
      ok = report.ok;
      imported = report.imported;
      duplicates = report.duplicates;
      problems = report.errors.map((e) => `line ${e.line}: ${e.message}`);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      problems = [e.message];
    }
    await moveTo(dir, ok ? 'done' : 'failed', name);
    if (!ok) await writeFile(join(dir, 'failed', `${name}.errors.txt`), `${problems.join('\n')}\n`);
    results.push({ file: name, ok, imported, duplicates, errors: problems.length });
    await progress(i + 1, names.length);
  }
  return { files: names.length, results };
}

export const cdrSpoolJob = defineJob({
  name: 'voip.cdr-spool',
  schedule: '*/5 * * * *',
  key: () => 'spool',
  retryLimit: 3,
  run: ({ ctx, progress }) => runCdrSpool(ctx, progress),
});
