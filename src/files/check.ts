// Input files checked before they are opened: a regular file, under its size limit, and what it really is.
import { readFileSync, statSync } from 'node:fs';

/** Largest .xlsx read (bytes): a month of 1M call rows is about 40 MB; past this, keep call records in CSV files. */
export const MAX_XLSX_BYTES = 200 * 1024 * 1024;
/** Largest .csv / .txt export read (bytes). */
export const MAX_TEXT_BYTES = 1024 * 1024 * 1024;

const fault = (message: string, code: string, file: string, vars: Record<string, string> = {}) =>
  new Error(message, { cause: { code, file, ...vars } });

const mb = (n: number) => `${Math.ceil(n / (1024 * 1024))} MB`;

/** Throws { code: 'missing-file' | 'not-a-file' | 'too-large' } unless `file` is a regular file of at most `limit` bytes. */
export function checkRegularFile(file: string, limit: number): number {
  let st;
  try {
    st = statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw fault(`${file}: permission denied`, 'unreadable-file', file);
    throw fault(`file not found: ${file}`, 'missing-file', file);
  }
  if (st.isDirectory()) throw fault(`${file} is a folder, not a file`, 'not-a-file', file);
  if (!st.isFile()) throw fault(`${file} is not a regular file (a pipe, device or socket); give a saved file`, 'not-a-file', file);
  if (st.size > limit) {
    throw fault(`${file} is ${mb(st.size)}, over the ${mb(limit)} limit for this kind of file (docs/scale.md)`, 'too-large', file,
      { size: mb(st.size), limit: mb(limit) });
  }
  return st.size;
}

/** Reads a checked file whole; a read fault (permission) throws { code: 'unreadable-file' }. */
export function readChecked(file: string, limit: number): Buffer {
  checkRegularFile(file, limit);
  try {
    return readFileSync(file);
  } catch (err) {
    throw fault(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, 'unreadable-file', file);
  }
}

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

/** What a file that should be an .xlsx really is, from its first bytes. */
export type XlsxSniff = 'zip' | 'encrypted' | 'old-xls' | 'text' | 'empty' | 'unknown';

export function sniffXlsx(buf: Buffer): XlsxSniff {
  if (buf.length === 0) return 'empty';
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 3 || buf[2] === 5) && (buf[3] === 4 || buf[3] === 6)) return 'zip';
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB)) {
    // An encrypted .xlsx is an OLE compound file holding EncryptionInfo and EncryptedPackage streams.
    return buf.includes(ENCRYPTION_INFO) ? 'encrypted' : 'old-xls';
  }
  const head = buf.subarray(0, 4096);
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / head.length > 0.95 ? 'text' : 'unknown';
}

/** Throws the refusal that names what `buf` is when it is not a zip: an encrypted workbook, an old .xls, a CSV. */
export function assertZip(file: string, buf: Buffer): void {
  const kind = sniffXlsx(buf);
  if (kind === 'zip') return;
  const messages: Record<Exclude<XlsxSniff, 'zip'>, [string, string]> = {
    encrypted: [`${file} is password-protected (encrypted): open it in Excel, remove the password (File → Info → Protect Workbook) and save a copy as .xlsx`, 'encrypted'],
    'old-xls': [`${file} is an old Excel 97–2003 (.xls) workbook: open it and save it as .xlsx`, 'old-xls'],
    text: [`${file} is a text file (a CSV?), not an .xlsx workbook: give it a .csv or .txt name`, 'not-xlsx'],
    empty: [`${file} is empty (0 bytes), not an .xlsx workbook`, 'not-xlsx'],
    unknown: [`${file} is not an .xlsx workbook (not a zip archive)`, 'not-xlsx'],
  };
  const [message, code] = messages[kind];
  throw fault(message, code, file);
}
