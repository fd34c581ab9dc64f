import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { SeedError } from './errors';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-16le-no-bom' | 'utf-16be-no-bom' | 'gb18030';
}

/** Encodings a detector may name for Chinese text that GB18030 (a superset) decodes correctly. */
const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'gb-18030', 'cp936', 'windows-936']);

/**
 * Turns the bytes of a seed file into text. UTF-8 (with or without BOM) and UTF-16 with BOM are recognised by
 * their marks; anything else that is not valid UTF-8 must be detected as GB2312/GBK/GB18030, because a guess
 * between legacy encodings would silently invent characters.
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new SeedError(file, 'the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: strictUtf16(bytes.subarray(2), 'utf-16le', file, 2), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: strictUtf16(bytes.subarray(2), 'utf-16be', file, 2), encoding: 'utf-16be' };

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 saved without a byte-order mark: accepted only when one byte order decodes cleanly into text.
    for (const order of ['utf-16le', 'utf-16be'] as const) {
      const text = bytes.length % 2 === 0 ? tryDecode(bytes, order) : null;
      if (text !== null && looksLikeText(text)) return { text, encoding: `${order}-no-bom` };
    }
    throw new SeedError(
      file,
      `binary data (a NUL byte at offset ${nul}); expected a text file`,
      lineOfOffset(bytes, nul),
    );
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };

  const guess = jschardet.detect(Buffer.from(bytes), { minimumThreshold: 0 });
  const name = (guess.encoding ?? '').toLowerCase();
  if (GB_FAMILY.has(name)) return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  const bad = firstInvalidUtf8(bytes);
  throw new SeedError(
    file,
    `cannot decode: not UTF-8 (invalid byte 0x${bytes[bad]!.toString(16)} at offset ${bad}) and not detected as GB18030/GBK (detector said ${guess.encoding ?? 'nothing'})`,
    lineOfOffset(bytes, bad),
  );
}

function tryUtf8(bytes: Uint8Array): string | null {
  return tryDecode(bytes, 'utf-8');
}

function tryDecode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Text of a page: Chinese, punctuation, Latin letters, digits and line breaks, nearly all of it. */
function looksLikeText(text: string): boolean {
  const chars = [...text];
  const texty = chars.filter((c) =>
    /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\u2000-\u206f\n\r\t\x20-\x7e]/.test(c),
  ).length;
  return chars.length > 0 && texty / chars.length >= 0.9;
}

/**
 * UTF-16 after its byte-order mark, exactly: an odd trailing byte or a lone surrogate is an error naming the
 * line, never a dropped byte or a U+FFFD.
 */
function strictUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string, offset: number): string {
  if (bytes.length % 2 !== 0) {
    const text = tryDecode(bytes.subarray(0, bytes.length - 1), encoding) ?? '';
    throw new SeedError(
      file,
      `${encoding.toUpperCase()} text with an odd number of bytes: the last byte (offset ${bytes.length - 1 + offset}) is half a character (was the file cut short?)`,
      text.split('\n').length,
    );
  }
  const text = tryDecode(bytes, encoding);
  if (text !== null) return text;
  // Find the first unpaired surrogate, to name its line.
  const units = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let line = 1;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = units.getUint16(i, encoding === 'utf-16le');
    if (unit === 0x0a) line++;
    const high = unit >= 0xd800 && unit <= 0xdbff;
    const low = unit >= 0xdc00 && unit <= 0xdfff;
    const next = i + 3 < bytes.length ? units.getUint16(i + 2, encoding === 'utf-16le') : 0;
    if (low || (high && !(next >= 0xdc00 && next <= 0xdfff))) {
      throw new SeedError(
        file,
        `invalid ${encoding.toUpperCase()}: an unpaired surrogate 0x${unit.toString(16)} at offset ${i + offset}`,
        line,
      );
    }
    if (high) i += 2;
  }
  throw new SeedError(file, `invalid ${encoding.toUpperCase()}`);
}

function strictUtf8(bytes: Uint8Array, file: string): string {
  const text = tryUtf8(bytes);
  if (text !== null) return text;
  const bad = firstInvalidUtf8(bytes);
  throw new SeedError(
    file,
    `invalid UTF-8 after a UTF-8 byte-order mark (byte at offset ${bad + 3})`,
    lineOfOffset(bytes, bad),
  );
}

/** Offset of the first byte where a UTF-8 decoder would fail. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
