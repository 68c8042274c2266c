// Output files checked before the run and written whole: a temporary file in the same folder, renamed into place.
import { statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { assertNotInput, writeFault } from '../xlsx/write.js';

/** Refuses, before any work, an output that names an input, or sits in a folder that does not exist, or is a folder. */
export function checkOutput(file: string, option: string, inputs: readonly string[]): void {
  for (const input of inputs) assertNotInput(input, file, option);
  const folder = dirname(resolve(file));
  let st;
  try {
    st = statSync(folder);
  } catch {
    throw writeFault(file, Object.assign(new Error('no folder'), { code: 'ENOENT' }));
  }
  if (!st.isDirectory()) throw writeFault(file, Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }));
  try {
    if (statSync(file).isDirectory()) throw writeFault(file, Object.assign(new Error('a folder'), { code: 'EISDIR' }));
  } catch (err) {
    if ((err as { cause?: unknown }).cause) throw err;
  }
}

/** Writes text to `file` through a temporary file beside it; a failure leaves any earlier file as it was. */
export async function writeTextFile(file: string, text: string): Promise<void> {
  const tmp = resolve(dirname(resolve(file)), `.${basename(file)}.${process.pid}.${Date.now()}.callboard.tmp`);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', flag: 'wx' });
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw writeFault(file, err);
  }
}
