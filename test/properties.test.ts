import fc from 'fast-check';
import { expect, test } from 'vitest';
import { analyze } from '../src/index.js';
import { checkInvariants } from './helpers.js';

/**
 * Every character the normaliser folds to another (full-width ASCII, the ideographic and no-break spaces, line
 * separators, controls, 億萬圓幣兩) and the invisible format characters (BOM, zero-width space and joiners, soft
 * hyphen, word joiner): each keeps the analysis copy's length, and a slip in any shifts every span after it.
 */
const folded = fc.oneof(
  fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('億', '萬', '圓', '幣', '兩', '\u3000', '\u00a0', '\r', '\u0085', '\u2028', '\u2029', '\u0001', '\u001f', '\u007f', '\u009f'),
  fc.constantFrom('\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u200e', '\u200f'),
);

/** Pieces that stress offsets: CJK words, names, figures, full-width forms, emoji, 𠮷, lone surrogates, line ends. */
const piece = fc.oneof(
  folded,
  fc.constantFrom(
    '阿里巴巴', '新浪微博', '腾讯', '曹国伟', '马云', '表示', '称', '看好', '泡沫', '但是', '虽然', '难道', '吗',
    '5.86亿美元', '18%', '三成', '2个百分点', '１８％', '５.８亿元', '人民币45亿元', '每股12.5港元', '(688065)',
    '“', '”', '「', '」', '"', '，', '。', '！', '？', '；', '：', '、', '【解读】', '■', '(记者张琦)',
    '😀', '𠮷', '👩‍💻', '\ud800', '\udc00', '\n', '\r\n', '\r', '\t', ' ', '\u3000', '\u0000', '騰訊', '億', 'Facebook', 'NIO',
    // Lending platforms, the subjects of what befalls them, handles, lists of movers and cues glued to other words.
    '澜鑫贷', '平台', '跑路', '涉嫌', '非法集资', '@', '@江城银行', '宁德时代', '比亚迪', '涨停', '获净卖出', '等',
  ),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.stringMatching(/^[\u4e00-\u9fa5]{1,6}$/),
  fc.stringMatching(/^[0-9.,%万亿元]{1,6}$/),
);
const article = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
/** A text opening with a BOM or an invisible character, as files and feeds often do. */
const opened = fc.tuple(fc.constantFrom('\ufeff', '\u200b', '\ufeff\ufeff', ''), article).map(([head, body]) => head + body);

/** How many inputs each property tries: `XINWEN_PROPERTY_RUNS=100000 npx vitest run test/properties.test.ts` for a long run. */
const RUNS = Number(process.env.XINWEN_PROPERTY_RUNS ?? 400);

test('never throws, always schema-valid, every span slices to its text and is what it claims', () => {
  fc.assert(
    fc.property(opened, (text) => {
      checkInvariants(text, analyze(text, { tokens: true }));
    }),
    { numRuns: RUNS },
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
    { numRuns: Math.ceil(RUNS / 2) },
  );
});
