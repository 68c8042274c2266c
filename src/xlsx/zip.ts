// The zip container of an .xlsx: the central directory read from a buffer, entries inflated whole or streamed.
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date of the entry, kept when it is copied */
  time: number;
  date: number;
  /** offset of the compressed data in the buffer */
  dataOffset: number;
}

export interface ZipArchive {
  buf: Buffer;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
}

const fault = (message: string, code: string) => new Error(message, { cause: { code } });

/** Reads the central directory; throws { code: 'not-zip' } on anything that is not a plain zip (zip64 included). */
export function openZip(buf: Buffer): ZipArchive {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw fault('not a zip archive (no end of central directory)', 'not-zip');
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw fault('a zip64 archive (over 4 GB or 65,535 parts) is not supported', 'not-zip');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw fault('a damaged zip central directory', 'not-zip');
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw fault(`a damaged zip entry (${name})`, 'not-zip');
    const dataOffset = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const entry: ZipEntry = {
      name, flags, method: buf.readUInt16LE(p + 10), time: buf.readUInt16LE(p + 12), date: buf.readUInt16LE(p + 14),
      crc: buf.readUInt32LE(p + 16), compressedSize: buf.readUInt32LE(p + 20), size: buf.readUInt32LE(p + 24), dataOffset,
    };
    if (entry.dataOffset + entry.compressedSize > buf.length) throw fault(`a truncated zip entry (${name})`, 'not-zip');
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { buf, entries, byName: new Map(entries.map((e) => [e.name, e])) };
}

function checkEntry(e: ZipEntry): void {
  if ((e.flags & 1) !== 0) throw fault(`zip part ${e.name} is encrypted`, 'encrypted');
  if (e.method !== 0 && e.method !== 8) throw fault(`zip part ${e.name} uses compression method ${e.method}`, 'not-zip');
}

/** The raw (still compressed) bytes of an entry. */
export function rawData(zip: ZipArchive, e: ZipEntry): Buffer {
  return zip.buf.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
}

/** An entry inflated whole: for the small parts (workbook, rels, styles, shared strings up to a few MB). */
export function entryBytes(zip: ZipArchive, e: ZipEntry): Buffer {
  checkEntry(e);
  const raw = rawData(zip, e);
  return e.method === 0 ? raw : inflateRawSync(raw);
}

export function entryText(zip: ZipArchive, name: string): string | null {
  const e = zip.byName.get(name);
  return e ? entryBytes(zip, e).toString('utf8') : null;
}

const CHUNK = 1 << 20;

/** An entry inflated chunk by chunk, as text, so a sheet of a million rows never exists as one string. */
export async function* entryTextChunks(zip: ZipArchive, e: ZipEntry): AsyncGenerator<string> {
  checkEntry(e);
  const raw = rawData(zip, e);
  const decoder = new TextDecoder('utf-8');
  if (e.method === 0) {
    for (let i = 0; i < raw.length; i += CHUNK) yield decoder.decode(raw.subarray(i, i + CHUNK), { stream: true });
  } else {
    const parts = function* () {
      for (let i = 0; i < raw.length; i += CHUNK) yield raw.subarray(i, i + CHUNK);
    };
    for await (const chunk of Readable.from(parts()).pipe(createInflateRaw({ chunkSize: CHUNK }))) {
      yield decoder.decode(chunk as Buffer, { stream: true });
    }
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}
