// A zip written straight to a file: input parts copied byte for byte (still compressed), new parts deflated as they stream.
import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';
import { rawData, type ZipArchive, type ZipEntry } from './zip.js';

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 of the zip format, continued from `crc` (Node's own when it has one). */
export function crc32(data: Uint8Array, crc = 0): number {
  const native = (zlib as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) return native(data, crc);
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

interface Written {
  name: Buffer;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** DOS time and date of now, for new parts. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Text written to a new part, deflated chunk by chunk. */
export interface PartStream {
  write(text: string): void;
  end(): void;
}

export class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly written: Written[] = [];

  constructor(file: string) {
    this.fd = openSync(file, 'wx');
  }

  private out(b: Uint8Array): void {
    let done = 0;
    while (done < b.length) done += writeSync(this.fd, b, done, b.length - done);
    this.offset += b.length;
  }

  private header(w: Omit<Written, 'offset'>, chunks: Uint8Array[]): void {
    if (this.offset > 0xffffffff - w.compressedSize - 1024) {
      throw new Error('the report workbook would pass 4 GB', { cause: { code: 'too-large' } });
    }
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(w.flags, 6);
    h.writeUInt16LE(w.method, 8);
    h.writeUInt16LE(w.time, 10);
    h.writeUInt16LE(w.date, 12);
    h.writeUInt32LE(w.crc, 14);
    h.writeUInt32LE(w.compressedSize, 18);
    h.writeUInt32LE(w.size, 22);
    h.writeUInt16LE(w.name.length, 26);
    this.written.push({ ...w, offset: this.offset });
    this.out(h);
    this.out(w.name);
    for (const c of chunks) this.out(c);
  }

  /** Copies an input part as it is: same compressed bytes, same CRC, same date. */
  copy(zip: ZipArchive, e: ZipEntry): void {
    this.header({
      name: Buffer.from(e.name, 'utf8'), method: e.method, flags: (e.flags & 0x806) | 0x800, time: e.time, date: e.date,
      crc: e.crc, compressedSize: e.compressedSize, size: e.size,
    }, [rawData(zip, e)]);
  }

  /** Adds a new part from a whole string or buffer. */
  add(name: string, content: string | Buffer): void {
    const s = this.stream(name);
    if (typeof content === 'string') s.write(content);
    else s.writeBytes(content);
    s.end();
  }

  /** A new part written piece by piece (a generated sheet): deflated as it comes, CRC and sizes kept running. */
  stream(name: string): PartStream & { writeBytes(b: Uint8Array): void } {
    const chunks: Uint8Array[] = [];
    let crc = 0;
    let size = 0;
    let compressed = 0;
    // Level 1: the generated XML is repetitive enough that it costs ~10% in size and saves two thirds of the time.
    // Each piece is deflated natively on its own and ends on a byte boundary (sync flush), the last one with the
    // final block: the pieces joined are one valid deflate stream, so a part never has to be held whole.
    const deflate = {
      push(b: Uint8Array, final: boolean) {
        const data = zlib.deflateRawSync(b, { level: 1, finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH });
        chunks.push(data);
        compressed += data.length;
      },
    };
    let pending: string[] = [];
    let pendingLength = 0;
    const flushText = (final: boolean) => {
      const bytes = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLength = 0;
      writeBytes(bytes, final);
    };
    const writeBytes = (b: Uint8Array, final = false) => {
      crc = crc32(b, crc);
      size += b.length;
      deflate.push(b, final);
    };
    return {
      write: (text) => {
        pending.push(text);
        pendingLength += text.length;
        if (pendingLength > 1 << 20) flushText(false);
      },
      writeBytes: (b) => {
        if (pendingLength > 0) flushText(false);
        writeBytes(b);
      },
      end: () => {
        flushText(true);
        const { time, date } = dosNow();
        this.header({ name: Buffer.from(name, 'utf8'), method: 8, flags: 0x800, time, date, crc, compressedSize: compressed, size }, chunks);
      },
    };
  }

  /** Writes the central directory and closes the file. */
  finish(): void {
    const start = this.offset;
    for (const w of this.written) {
      const h = Buffer.alloc(46);
      h.writeUInt32LE(0x02014b50, 0);
      h.writeUInt16LE(20, 4);
      h.writeUInt16LE(20, 6);
      h.writeUInt16LE(w.flags, 8);
      h.writeUInt16LE(w.method, 10);
      h.writeUInt16LE(w.time, 12);
      h.writeUInt16LE(w.date, 14);
      h.writeUInt32LE(w.crc, 16);
      h.writeUInt32LE(w.compressedSize, 20);
      h.writeUInt32LE(w.size, 24);
      h.writeUInt16LE(w.name.length, 28);
      h.writeUInt32LE(w.offset, 42);
      this.out(h);
      this.out(w.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.written.length, 8);
    end.writeUInt16LE(this.written.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    this.out(end);
    closeSync(this.fd);
  }

  /** Closes the file after a failure (the caller removes it). */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
  }
}
