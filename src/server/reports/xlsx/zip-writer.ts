import { once } from 'node:events';
import { createDeflateRaw, crc32 } from 'node:zlib';

/** Where the zip's bytes go: a download being read (waits for the reader) or a buffer. */
export type ByteSink = (chunk: Uint8Array) => Promise<void>;

interface Written {
  name: Uint8Array;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

const LIMIT = 0xffff_ffff; // no ZIP64: an export of 4 GB is not one a municipality downloads

/**
 * A zip written front to back, entry after entry, each deflated as it is produced: sizes and CRC follow
 * each entry's data (general purpose bit 3), so nothing has to be held to be measured first. Enough of
 * the format for an XLSX package (APPNOTE 6.3: local headers, data descriptors, central directory).
 */
export function createZipWriter(sink: ByteSink, now: Date) {
  const written: Written[] = [];
  let offset = 0;
  const { time, date } = dosTime(now);

  const emit = async (chunk: Uint8Array) => {
    offset += chunk.length;
    if (offset > LIMIT) throw new Error('El archivo supera 4 GB: filtre la exportación.');
    await sink(chunk);
  };

  /** One entry from its parts (strings are UTF-8); a part that throws stops the zip there. */
  async function entry(path: string, parts: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): Promise<void> {
    const name = Buffer.from(path, 'utf8');
    const start = offset;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: deflate
    header.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; UTF-8 names
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt16LE(name.length, 26);
    await emit(header);
    await emit(name);

    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level: 6 });
    const feeding = (async () => {
      for await (const part of parts) {
        const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
        crc = crc32(bytes, crc);
        size += bytes.length;
        if (!deflate.write(bytes)) await once(deflate, 'drain');
      }
      deflate.end();
    })();
    feeding.catch((error: unknown) => deflate.destroy(error instanceof Error ? error : new Error(String(error))));
    for await (const out of deflate as AsyncIterable<Buffer>) {
      compressed += out.length;
      await emit(out);
    }
    await feeding;

    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await emit(descriptor);
    if (size > LIMIT) throw new Error('Una parte del archivo supera 4 GB.');
    written.push({ name, crc: crc >>> 0, compressed, size, offset: start });
  }

  /** The central directory: after it the zip is complete. */
  async function finish(): Promise<void> {
    const start = offset;
    for (const file of written) {
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      record.writeUInt16LE(20, 4); // made by: MS-DOS-compatible, 2.0
      record.writeUInt16LE(20, 6);
      record.writeUInt16LE(0x0808, 8);
      record.writeUInt16LE(8, 10);
      record.writeUInt16LE(time, 12);
      record.writeUInt16LE(date, 14);
      record.writeUInt32LE(file.crc, 16);
      record.writeUInt32LE(file.compressed, 20);
      record.writeUInt32LE(file.size, 24);
      record.writeUInt16LE(file.name.length, 28);
      record.writeUInt32LE(file.offset, 42);
      await emit(record);
      await emit(file.name);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(written.length, 8);
    end.writeUInt16LE(written.length, 10);
    end.writeUInt32LE(offset - start, 12);
    end.writeUInt32LE(start, 16);
    await emit(end);
  }

  return { entry, finish };
}

/** MS-DOS date and time (local fields of the given instant as UTC: the zip has no time zone). */
function dosTime(at: Date): { time: number; date: number } {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}
