import { describe, expect, it } from 'vitest';
import { decodeText } from '@soat/checker/readers';
import { readBytes } from '@soat/checker/readers';
import { convertLegacy, detectLegacy, fontEncoding, isVietnameseSyllable } from '@soat/checker/readers';
import { sniff } from '@soat/checker/readers';
import { fixture, fixtureText, readErrorOf } from './helpers';

const PLAN = fixtureText('plan-001.txt');
const SAMPLE =
  'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nUỷ ban nhân dân xã Đại Sơn: Kế hoạch số 73/KH-UBND.';

/** Every Vietnamese letter, lower and upper case. */
const LETTERS = [...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ'];

const VIETNAMESE = new Set([...LETTERS, ...LETTERS.map((l) => l.toUpperCase())]);

/** Encoders built from the reader's own decoders, to make legacy bytes for the tests. */
function encoderFor(decode: (legacy: string) => string, candidates: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const candidate of candidates) {
    const unicode = decode(candidate);
    if (VIETNAMESE.has(unicode) && !map.has(unicode)) map.set(unicode, candidate);
  }
  return map;
}
const latin1 = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xa1 + i));
const TCVN3 = encoderFor((s) => convertLegacy(s, 'tcvn3'), latin1);
const VNI = encoderFor(
  (s) => convertLegacy(s, 'vni'),
  [...latin1, ...[...'aeiouyAEIOUYôöÔÖ'].flatMap((base) => latin1.map((mod) => base + mod))],
);
const encode = (text: string, map: Map<string, string>): string => [...text].map((ch) => map.get(ch) ?? ch).join('');
const bytesOf = (latinText: string): Uint8Array => new Uint8Array([...latinText].map((ch) => ch.charCodeAt(0)));

describe('legacy Vietnamese encodings', () => {
  it('TCVN3 covers every lower-case letter and the capitals Ă Â Ê Ô Ơ Ư Đ', () => {
    expect([...encode(SAMPLE, TCVN3)].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
    const missing = LETTERS.filter((l) => l.charCodeAt(0) >= 0x80 && !TCVN3.has(l));
    expect(missing).toEqual([]);
    for (const capital of 'ĂÂÊÔƠƯĐ') expect(convertLegacy(TCVN3.get(capital)!, 'tcvn3')).toBe(capital);
  });

  it('VNI covers every letter in both cases', () => {
    const all = [...LETTERS, ...LETTERS.map((l) => l.toUpperCase())].filter((l) => l.charCodeAt(0) >= 0x80);
    expect(all.filter((l) => !VNI.has(l))).toEqual([]);
    expect(convertLegacy(encode(SAMPLE, VNI), 'vni')).toBe(SAMPLE);
    expect(convertLegacy(encode(SAMPLE.toLowerCase(), TCVN3), 'tcvn3')).toBe(SAMPLE.toLowerCase());
  });

  it('decodes known strings', () => {
    expect(convertLegacy('Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'tcvn3')).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(convertLegacy('M\u00adêng Kh\u00ad¬ng', 'tcvn3')).toBe('Mường Khương');
    expect(convertLegacy('kÕ ho¹ch', 'tcvn3', true)).toBe('KẾ HOẠCH');
    expect(convertLegacy('Xin chaøo caùc baïn. Ñaûng uûy. Ngöôøi daân. COÄNG HOØA', 'vni')).toBe(
      'Xin chào các bạn. Đảng ủy. Người dân. CỘNG HÒA',
    );
  });

  it('tells legacy fonts from Unicode ones', () => {
    expect(fontEncoding('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(fontEncoding('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true });
    expect(fontEncoding('.VnArial')).toEqual({ encoding: 'tcvn3', capitals: false });
    expect(fontEncoding('VNI-Times')).toEqual({ encoding: 'vni', capitals: false });
    expect(fontEncoding('Times New Roman')).toBeNull();
    expect(fontEncoding('Vni Helvetica')).toEqual({ encoding: 'vni', capitals: false });
  });

  it('knows Vietnamese syllables', () => {
    for (const word of ['nghiêng', 'khuyến', 'Người', 'quốc', 'gì', 'hoà', 'hòa', 'thuở', 'xã'])
      expect(isVietnameseSyllable(word), word).toBe(true);
    for (const word of ['hoµ', 'ViÖt', 'Vieät', 'caùc', 'xyz', 'hóà'])
      expect(isVietnameseSyllable(word), word).toBe(false);
  });

  it('detects mojibake and leaves real Unicode (the whole plan) alone', () => {
    expect(detectLegacy(encode(SAMPLE, TCVN3))).toBe('tcvn3');
    expect(detectLegacy(encode(SAMPLE, VNI))).toBe('vni');
    expect(detectLegacy(PLAN)).toBeNull();
    expect(detectLegacy('Giá 100 € « trích » © 2026 ± 5 °C')).toBeNull();
    // A letter past U+00FF (a PDF font mapping codes to wrong letters) is Unicode text: converting it would spoil
    // its right letters (fixtures/real/laocai-cv-sct-3036-kiem-tra-nghiem-thu.pdf: "Lào" read as TCVN3 is "L‡o").
    expect(detectLegacy('Lµo Cai, ngµy 28 th¸ng 5 QăP 2026 KÌnh JӱL cÙng ty')).toBeNull();
    expect(detectLegacy('Lµo Cai, ngµy 28 th¸ng 5 n¨m 2026 KÝnh göi c«ng ty')).toBe('tcvn3');
  });
});

describe('text decoding', () => {
  const utf8 = new TextEncoder().encode(SAMPLE);
  const utf16 = (text: string, bigEndian: boolean): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      out[2 + 2 * i + (bigEndian ? 0 : 1)] = unit >> 8;
      out[2 + 2 * i + (bigEndian ? 1 : 0)] = unit & 0xff;
    }
    return out;
  };

  it('reads UTF-8, UTF-8 with BOM and UTF-16 LE/BE with BOM, naming each', () => {
    expect(decodeText(utf8)).toEqual({ text: SAMPLE, encoding: 'utf-8', notices: [] });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({
      text: SAMPLE,
      encoding: 'utf-8-bom',
    });
    expect(decodeText(utf16(SAMPLE, false))).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, true))).toMatchObject({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('reads Windows-1258 (letters plus combining tone marks) and says it assumed it', () => {
    const table = new Map<string, number>();
    for (let byte = 0; byte < 256; byte++) table.set(new TextDecoder('windows-1258').decode(Uint8Array.of(byte)), byte);
    // Windows-1258 stores "ệ" as "ê" followed by a combining dot below.
    const bytes = [...SAMPLE].flatMap((ch) => {
      const decomposed = ch.normalize('NFD');
      const tones = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/gu) ?? [];
      const base = decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC');
      return [base, ...tones].map((part) => table.get(part)!);
    });
    const decoded = decodeText(new Uint8Array(bytes));
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).not.toBe(SAMPLE);
    expect(decoded.text.normalize('NFC')).toBe(SAMPLE);
    expect(decoded.notices).toEqual([]);
  });

  it('reads raw TCVN3 and VNI bytes with a legacy-encoding notice', () => {
    const tcvn3 = decodeText(bytesOf(encode(SAMPLE, TCVN3)));
    expect(tcvn3).toMatchObject({ text: SAMPLE, encoding: 'tcvn3' });
    expect(tcvn3.notices[0]).toMatchObject({ ruleId: 'legacy-encoding', messageId: 'tcvn3', severity: 'warning' });
    expect(decodeText(bytesOf(encode(SAMPLE, VNI)))).toMatchObject({ text: SAMPLE, encoding: 'vni' });
  });

  it("reads a legacy file's Windows-1252 punctuation (0x80–0x9F) as a browser does, not as control characters", () => {
    // Node 20's TextDecoder gives U+0096 for the en dash 0x96 that Word writes in "Độc lập – Tự do".
    const dashed = SAMPLE.replace(
      'Độc lập - Tự do - Hạnh phúc',
      'Độc lập \u0096 Tự do \u0096 Hạnh phúc\u0085 \u0093x\u0094',
    );
    expect(decodeText(bytesOf(encode(dashed, TCVN3))).text).toContain('Độc lập – Tự do – Hạnh phúc… “x”');
  });

  it('converts TCVN3 mojibake saved as UTF-8 and says what was converted', () => {
    const decoded = decodeText(new TextEncoder().encode(encode(SAMPLE, TCVN3)));
    expect(decoded).toMatchObject({ text: SAMPLE, encoding: 'utf-8+tcvn3' });
    expect(decoded.notices[0]!.message.vi).toContain('TCVN3');
    expect(decoded.notices[0]!.message.en).toContain('converted');
  });

  it('refuses empty input, binary garbage and text in an encoding it does not know', async () => {
    expect((await readErrorOf(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf])))).code).toBe('empty');
    expect((await readErrorOf(() => readBytes(new Uint8Array(0)))).code).toBe('empty');
    expect((await readErrorOf(() => readBytes(new Uint8Array([1, 2, 3, 0, 5, 6])))).code).toBe('binary');
    const noise = new Uint8Array(4000).map((_, i) => 0x80 + ((i * 7919) % 127));
    expect((await readErrorOf(() => readBytes(noise))).code).toBe('unknown-encoding');
    const latin1French = new Uint8Array(
      [...'Le comité a décidé: été, déjà, élève, à côté.'].map((c) => c.charCodeAt(0)),
    );
    expect((await readErrorOf(() => readBytes(latin1French))).code).toBe('unknown-encoding');
    expect((await readErrorOf(() => readBytes(new TextEncoder().encode(' \n\t\n ')))).code).toBe('no-text');
  });

  it('keeps the lines of the file (no blocks needed: text positions are file positions)', async () => {
    const doc = await readBytes(new TextEncoder().encode('một\r\nhai\n\nbốn'));
    expect(doc).toEqual({ text: 'một\r\nhai\n\nbốn', format: 'txt', encoding: 'utf-8' });
  });
});

describe('format sniffing', () => {
  it('knows each format by its bytes, not its name', () => {
    expect(sniff(fixture('plan-001.docx'))).toBe('zip');
    expect(sniff(fixture('plan-001.doc'))).toBe('doc');
    expect(sniff(fixture('plan-001.pdf'))).toBe('pdf');
    expect(sniff(fixture('plan-001.html'))).toBe('html');
    expect(sniff(fixture('plan-001.txt'))).toBe('text');
    expect(sniff(new TextEncoder().encode('{\\rtf1\\ansi hello}'))).toBe('rtf');
    expect(sniff(new TextEncoder().encode('MIME-Version: 1.0\r\nContent-Type: multipart/related'))).toBe('mhtml');
    expect(sniff(new TextEncoder().encode('\ufeff<!DOCTYPE html><p>x</p>'))).toBe('html');
    expect(sniff(new TextEncoder().encode('junk before %PDF-1.7'))).toBe('pdf');
    expect(sniff(new Uint8Array([0, 1, 2, 3, 4]))).toBe('binary');
  });

  it('gives RTF and MHTML their own message', async () => {
    expect((await readErrorOf(() => readBytes(new TextEncoder().encode('{\\rtf1 x}')))).en).toContain('RTF');
    expect((await readErrorOf(() => readBytes(new TextEncoder().encode('MIME-Version: 1.0\n\nx')))).en).toContain(
      'MHTML',
    );
    expect((await readErrorOf(() => readBytes(fixture('plan-001.pdf')))).code).toBe('needs-node');
  });

  it('refuses inputs over the size limit before reading them', async () => {
    const error = await readErrorOf(() => readBytes(fixture('plan-001.txt'), { limits: { maxBytes: 1000 } }));
    expect(error.code).toBe('too-large');
    expect(error.vi).toContain('--max-file-size');
  });
});
