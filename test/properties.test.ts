import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyze } from '../src/index.js';
import { checkInvariants } from './helpers.js';

/** Pieces that stress offsets: CJK words, names, figures, full-width forms, emoji, 𠮷, lone surrogates, line ends. */
const piece = fc.oneof(
  fc.constantFrom(
    '阿里巴巴', '新浪微博', '腾讯', '曹国伟', '马云', '表示', '称', '看好', '泡沫', '但是', '虽然', '难道', '吗',
    '5.86亿美元', '18%', '三成', '2个百分点', '１８％', '５.８亿元', '人民币45亿元', '每股12.5港元', '(688065)',
    '“', '”', '「', '」', '"', '，', '。', '！', '？', '；', '：', '、', '【解读】', '■', '(记者张琦)',
    '😀', '𠮷', '👩‍💻', '\ud800', '\udc00', '\n', '\r\n', '\r', '\t', ' ', '\u3000', '\u0000', '騰訊', '億', 'Facebook', 'NIO',
  ),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}$/),
  fc.stringMatching(/^[0-9.,%万亿元]{1,6}$/),
);
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

test('never throws, always schema-valid, every span slices to its text, no split surrogate pairs', () => {
  fc.assert(
    fc.property(article, (text) => {
      checkInvariants(text, analyze(text, { tokens: true }));
    }),
    { numRuns: 400 },
  );
});

test('tokens are sorted, do not overlap, and cover every non-whitespace character', () => {
  fc.assert(
    fc.property(article, (text) => {
      const tokens = analyze(text, { tokens: true }).tokens ?? [];
      const covered = new Uint8Array(text.length);
      let previousEnd = 0;
      for (const t of tokens) {
        expect(t.start).toBeGreaterThanOrEqual(previousEnd);
        expect(t.end).toBeGreaterThan(t.start);
        previousEnd = t.end;
        covered.fill(1, t.start, t.end);
      }
      for (let i = 0; i < text.length; i++) {
        if (!covered[i]) expect(/\s|\u0000|[\u0001-\u001f\u007f-\u009f]/.test(text[i]!)).toBe(true);
      }
    }),
    { numRuns: 300 },
  );
});
