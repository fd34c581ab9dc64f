import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/lib/split/decode';

const TEXT = '本报讯 2月17日，市委审计委员会召开第十次会议，传达学习省委审计委员会第十一次会议精神。\n（惠晓婧）\n';

describe('decodeSeed', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeSeed(Buffer.from(TEXT), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeSeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'a.txt')).toEqual({
      text: TEXT,
      encoding: 'utf-8-bom',
    });
  });
  it('reads UTF-16 in either byte order when it has a byte-order mark', () => {
    expect(decodeSeed(iconv.encode(TEXT, 'utf-16le', { addBOM: true }), 'a.txt').text).toBe(TEXT);
    expect(decodeSeed(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'a.txt').text).toBe(
      TEXT,
    );
  });
  it('detects GB18030 and GBK text', () => {
    expect(decodeSeed(iconv.encode(TEXT, 'gb18030'), 'a.txt')).toEqual({ text: TEXT, encoding: 'gb18030' });
    expect(decodeSeed(iconv.encode(TEXT, 'gbk'), 'a.txt').text).toBe(TEXT);
  });
  it('refuses an empty file, naming it', () => {
    expect(() => decodeSeed(new Uint8Array(), 'empty.txt')).toThrow('empty.txt: the file is empty');
  });
  it('refuses binary data, naming the file and line', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n'), Buffer.from([0x89, 0x50, 0x00, 0x01])]);
    expect(() => decodeSeed(bytes, 'image.txt')).toThrow(/^image\.txt:3: binary data/);
  });
  it('refuses bytes that are neither UTF-8 nor GB18030 rather than guess', () => {
    const latin1 = iconv.encode('Le café est très bon, déjà vu, naïve façade. '.repeat(4), 'latin1');
    expect(() => decodeSeed(latin1, 'latin.txt')).toThrow(/^latin\.txt:1: cannot decode/);
  });
  it('reads UTF-16 without a byte-order mark when one byte order decodes into text', () => {
    expect(decodeSeed(iconv.encode(TEXT, 'utf-16le'), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-16le-no-bom' });
    expect(decodeSeed(iconv.encode(TEXT, 'utf-16be'), 'a.txt')).toEqual({ text: TEXT, encoding: 'utf-16be-no-bom' });
  });
  it('refuses UTF-16 cut short by a byte, or holding a lone surrogate, naming the line', () => {
    const whole = iconv.encode(TEXT, 'utf-16le', { addBOM: true });
    expect(() => decodeSeed(whole.subarray(0, whole.length - 1), 'cut.txt')).toThrow(
      /^cut\.txt:2: UTF-16LE text with an odd number of bytes/,
    );
    const lone = Buffer.concat([
      iconv.encode('第一行\n第二', 'utf-16le', { addBOM: true }),
      Buffer.from([0x00, 0xd8]),
      iconv.encode('行\n', 'utf-16le'),
    ]);
    expect(() => decodeSeed(lone, 'lone.txt')).toThrow(/^lone\.txt:2: invalid UTF-16LE: an unpaired surrogate 0xd800/);
  });
});
