import { partitionPoint } from '../lexicon/sorted.js';
import { CLOSERS, markSet, QUOTE_CLOSERS, QUOTE_OPENERS, SENTENCE_ENDS, STRAIGHT_QUOTE } from './marks.js';
import type { Normalized } from './normalize.js';
import type { Segmenter } from './segmenter.js';

/**
 * The document every stage reads: the caller's string, its analysis copy of equal length, and paragraphs,
 * sentences and tokens as half-open offsets into both. Stages never change it.
 */
export interface Doc {
  readonly source: string;
  readonly text: string;
  readonly script: Normalized['script'];
  readonly paragraphs: readonly Block[];
  readonly sentences: readonly SentenceBlock[];
  readonly tokens: readonly Tok[];
  /** Per offset: bit 1 = a token starts here, bit 2 = a token ends here. */
  readonly boundaries: Uint8Array;
  /** Per offset: the index of the token holding it, or -1 (whitespace): every token lookup is one array read. */
  readonly tokenAt: Int32Array;
}

export interface Block {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export interface SentenceBlock extends Block {
  readonly paragraph: number;
}

/**
 * A jieba word: its text is `doc.text.slice(start, end)`, sliced where needed rather than kept (a 5 MB text holds
 * millions of tokens, and their strings would double the memory the garbage collector walks).
 */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  /** The word's number in the segmenter's dictionary, or -1 (see Segmenter.segment). */
  readonly entry: number;
}

const TOKEN_START = 1;
const TOKEN_END = 2;

export function buildDoc(source: string, normalized: Normalized, segmenter: Segmenter): Doc {
  const { text } = normalized;
  const paragraphs = splitParagraphs(text);
  const { tokens, boundaries, tokenAt } = segment(text, segmenter);
  return {
    source,
    text,
    script: normalized.script,
    paragraphs,
    sentences: paragraphs.reduce<SentenceBlock[]>((out, p) => splitSentences(text, p, out), []),
    tokens,
    boundaries,
    tokenAt,
  };
}

/**
 * The segmenter's words with their offsets, recovered by walking a cursor: each word must be the text at the cursor
 * (jieba's words join back to its input), and a mismatch fails loudly.
 */
function segment(text: string, segmenter: Segmenter): { tokens: Tok[]; boundaries: Uint8Array; tokenAt: Int32Array } {
  const tokens: Tok[] = [];
  const boundaries = new Uint8Array(text.length + 1);
  const tokenAt = new Int32Array(text.length).fill(-1);
  let cursor = 0;
  segmenter.segment(text, (word, pos, entry) => {
    if (!text.startsWith(word, cursor)) {
      throw new Error(
        `xinwen internal error: jieba token ${JSON.stringify(word)} does not match the text at offset ${cursor}`,
      );
    }
    const end = cursor + word.length;
    boundaries[cursor]! |= TOKEN_START;
    boundaries[end]! |= TOKEN_END;
    if (!isBlank(word)) {
      tokenAt.fill(tokens.length, cursor, end);
      tokens.push({ start: cursor, end, pos, entry });
    }
    cursor = end;
  });
  if (cursor !== text.length) {
    throw new Error(`xinwen internal error: jieba tokens cover ${cursor} of ${text.length} characters`);
  }
  return { tokens, boundaries, tokenAt };
}

/** Paragraphs are the non-blank lines, without their leading and trailing whitespace. */
function splitParagraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) blocks.push({ index: blocks.length, start, end });
    lineStart = lineEnd + 1;
  }
  return blocks;
}

const isTerminator = markSet(SENTENCE_ENDS);
const isCloser = markSet(CLOSERS);
const isOpenQuote = markSet(QUOTE_OPENERS);
const isCloseQuote = markSet(QUOTE_CLOSERS);
const STRAIGHT = STRAIGHT_QUOTE.charCodeAt(0);

/**
 * Splits after 。!?; (and runs of them), keeping closing quotes and brackets with their sentence, and never inside a
 * quotation that goes on (“甲。乙。”丙称 is one sentence). The analysis copy has full-width marks folded, so ！ is !.
 * The paragraph's sentences are added to `out`, numbered in document order as they are made (every stage reads
 * them, so they are not copied, spread, to number them after).
 */
function splitSentences(text: string, paragraph: Block, out: SentenceBlock[]): SentenceBlock[] {
  let start = paragraph.start;
  let depth = 0;
  let straightOpen = false;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    if (end > s) out.push({ index: out.length, paragraph: paragraph.index, start: s, end });
    start = end;
  };
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text.charCodeAt(i);
    if (isOpenQuote(c)) depth++;
    else if (isCloseQuote(c)) depth = Math.max(0, depth - 1);
    else if (c === STRAIGHT) straightOpen = !straightOpen;
    if (!isTerminator(c)) continue;
    let end = i + 1;
    while (end < paragraph.end && isTerminator(text.charCodeAt(end))) end++;
    while (end < paragraph.end && isCloser(text.charCodeAt(end))) {
      const closer = text.charCodeAt(end);
      if (closer === STRAIGHT) {
        if (!straightOpen) break;
        straightOpen = false;
      } else if (isCloseQuote(closer)) depth = Math.max(0, depth - 1);
      end++;
    }
    i = end - 1;
    if (depth === 0 && !straightOpen) push(end);
  }
  push(paragraph.end);
  return out;
}

/** jieba's tokens join back to its input; walk them to recover offsets, and fail loudly if they ever do not. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a;
}

function isBlank(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isSpace(word.charCodeAt(i))) return false;
  return true;
}

/** The sentence containing an offset (sentences are sorted and disjoint). */
export function sentenceAt(doc: Doc, offset: number): SentenceBlock | undefined {
  return blockAt(doc.sentences, offset);
}

export function paragraphAt(doc: Doc, offset: number): Block | undefined {
  return blockAt(doc.paragraphs, offset);
}

function blockAt<T extends Block>(blocks: readonly T[], offset: number): T | undefined {
  const b = blocks[partitionPoint(blocks, (block) => block.end <= offset)];
  return b !== undefined && b.start <= offset ? b : undefined;
}

/** The index of the first token that starts at or after `offset`. */
export function tokenIndexFrom(doc: Doc, offset: number): number {
  const at = doc.tokenAt[offset];
  if (at !== undefined && at >= 0) return (doc.tokens[at] as Tok).start === offset ? at : at + 1;
  return partitionPoint(doc.tokens, (t) => t.start < offset);
}

/** The index past the last token that ends at or before `offset` (tokens [tokenIndexFrom(a), tokenIndexTo(b)) lie in [a, b)). */
export function tokenIndexTo(doc: Doc, offset: number): number {
  // The token holding `offset` starts there or runs across it: either way it is the first not to end by it.
  const at = doc.tokenAt[offset];
  if (at !== undefined && at >= 0) return at;
  return partitionPoint(doc.tokens, (t) => t.end <= offset);
}

/** The token holding the character at `offset`, or undefined (whitespace, or past the end). */
export function tokenContaining(doc: Doc, offset: number): Tok | undefined {
  const at = doc.tokenAt[offset];
  return at === undefined || at < 0 ? undefined : doc.tokens[at];
}

/** The token that starts at `offset` (the word after it), or undefined. */
export function tokenStartingAt(doc: Doc, offset: number): Tok | undefined {
  const t = tokenContaining(doc, offset);
  return t?.start === offset ? t : undefined;
}

/** The token that ends at `offset` (the word before it), or undefined. */
export function tokenEndingAt(doc: Doc, offset: number): Tok | undefined {
  const t = tokenContaining(doc, offset - 1);
  return t?.end === offset ? t : undefined;
}

/** Whether a word of the segmenter's (whitespace included) starts at `offset`. */
export function startsWord(doc: Doc, offset: number): boolean {
  return ((doc.boundaries[offset] ?? 0) & TOKEN_START) !== 0;
}

/** Whether a word of the segmenter's (whitespace included) ends at `offset`. */
export function endsWord(doc: Doc, offset: number): boolean {
  return ((doc.boundaries[offset] ?? 0) & TOKEN_END) !== 0;
}

/** True when [start, end) begins and ends on word boundaries, so a match does not cut a word in two. */
export function alignsWithTokens(doc: Doc, start: number, end: number): boolean {
  return startsWord(doc, start) && endsWord(doc, end);
}

/** The length of a string in code points (a surrogate pair counts once), without spreading it into an array. */
export function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
