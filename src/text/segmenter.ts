import { existsSync, readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { lexiconPath } from '../lexicon/files.js';
import { JiebaWords } from './jieba-words.js';
import { readWordsFile } from './words-file.js';

/** The compiled word table of the dictionaries nodejieba ships, beside the lexicons (written by `npm run build`). */
export const WORDS_FILE = 'jieba-words.bin';

/**
 * What a document is cut with: a segmenter gives each word of a text in order with its part-of-speech tag (the words
 * join back to the text), and answers what its dictionary knows of a word. Stages get it passed in, so that a test
 * can build a document from words it writes by hand, without jieba.
 */
export interface Segmenter {
  /**
   * `entry` is the word's number in the segmenter's dictionary, or -1 for a word it does not hold (or a segmenter
   * that numbers none). A word keeps its number for the life of the process, so a stage may keep what it read of a
   * word by that number.
   */
  segment(text: string, visit: (word: string, pos: string, entry: number) => void): void;
  readonly words: WordIndex;
  /** Words too common to be keywords, from the segmenter's stop-word list. */
  readonly stopWords: ReadonlySet<string>;
}

/** A segmenter's dictionary: each word's tag and IDF weight. */
export interface WordIndex {
  /** The word's tag in the dictionary, or undefined for a word it does not hold. */
  dictionaryTag(word: string): string | undefined;
  /** The word's IDF weight, or undefined (its IDF table also holds names from its corpus: 周岩). */
  idf(word: string): number | undefined;
  /**
   * The IDF weight of the word the segmenter numbered `entry` (see Segmenter.segment), or undefined: a word already
   * found is not looked up again by its characters.
   */
  idfAt(entry: number): number | undefined;
  /** The median and largest IDF weights: unknown words weigh the median, as jieba weighs them. */
  readonly median: number;
  readonly max: number;
}

export interface JiebaFiles {
  dict?: string | undefined;
  hmmDict?: string | undefined;
  userDict?: string | undefined;
  idfDict?: string | undefined;
  stopWordDict?: string | undefined;
}

export interface DictionaryWord {
  word: string;
  pos?: string | undefined;
}

/**
 * nodejieba's dictionary is process-global: it is loaded once, on the first analysis (about 250 MB and 0.7 s), and
 * words added with `insertWord` stay for every analyzer in the process. Dictionary files can be chosen only before
 * that first load. This is the one door to it.
 */
let loaded: { key: string; words: JiebaWords } | null = null;
const inserted = new Set<string>();
const stopWordsOf = new Map<string, ReadonlySet<string>>();

/** jieba with its dictionaries loaded (once) and the user's words added. Throws when files are missing or differ from the first load. */
export function jiebaSegmenter(files: JiebaFiles, words: readonly DictionaryWord[]): Segmenter {
  const key = JSON.stringify(files);
  if (loaded === null) {
    // jieba's own keyword extractor is never called (keywords read the IDF table themselves, more compactly), and
    // its copy of the table costs 19 MB per process: it gets a one-line table instead.
    const loading = { ...files, idfDict: lexiconPath('jieba-idf-stub.utf8') };
    for (const [name, path] of Object.entries(loading)) {
      // nodejieba aborts the whole process in native code on a missing file, so check first.
      if (path !== undefined && !existsSync(path)) throw new Error(`xinwen: jieba ${name} file not found: ${path}`);
    }
    nodejieba.load(loading);
    const dictionaries = {
      dict: files.dict ?? nodejieba.DEFAULT_DICT,
      // nodejieba's loader and cppjieba's split user dictionary paths at | and ;.
      userDicts: (files.userDict ?? nodejieba.DEFAULT_USER_DICT).split(/[|;]/).filter((path) => path !== ''),
      idf: files.idfDict ?? nodejieba.DEFAULT_IDF_DICT,
    };
    loaded = { key, words: readWordsFile(lexiconPath(WORDS_FILE), dictionaries) ?? JiebaWords.read(dictionaries) };
  } else if (loaded.key !== key) {
    throw new Error(
      'xinwen: jieba dictionaries are process-global and were already loaded with other files; ' +
        'use the same dictionary files in every analyzer of a process',
    );
  }
  const table = loaded.words;
  for (const { word, pos } of words) {
    const entry = `${word}\u0000${pos ?? ''}`;
    if (inserted.has(entry)) continue;
    nodejieba.insertWord(word, pos);
    table.insert(word, pos ?? 'x');
    inserted.add(entry);
  }
  return { segment: (text, visit) => tag(table, text, visit), words: table, stopWords: stopWords(files.stopWordDict ?? nodejieba.DEFAULT_STOP_WORD_DICT) };
}

/**
 * jieba's word segmentation with part-of-speech tags (HMM on, so unknown words and numbers stay whole): each word
 * of the text in order, with its tag, as nodejieba's `tag` gives them, at half its cost (see {@link JiebaWords}). A
 * long text is cut a piece at a time, after a line break (which jieba treats as a separator, so the words are the
 * same): one call over megabytes slows down as it goes (100 copies of our corpus took 1.7 times as long per copy).
 */
function tag(known: JiebaWords, text: string, visit: (word: string, pos: string, entry: number) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      // Cut after a line break, else after a full stop, else where the piece must end (never inside a pair).
      const lineBreak = text.lastIndexOf('\n', end - 1);
      const stop = text.lastIndexOf('。', end - 1);
      if (lineBreak > start) end = lineBreak + 1;
      else if (stop > start) end = stop + 1;
      else if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
    }
    for (const word of nodejieba.cut(text.slice(start, end), true)) {
      const { tag, id } = known.tagged(word);
      visit(word, tag, id);
    }
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The longest text given to jieba in one call. */
const PIECE = 20_000;

/** A stop-word file's words, read once per file. */
function stopWords(file: string): ReadonlySet<string> {
  let set = stopWordsOf.get(file);
  if (!set) {
    set = new Set(readFileSync(file, 'utf8').split('\n').map((w) => w.trim()));
    stopWordsOf.set(file, set);
  }
  return set;
}
