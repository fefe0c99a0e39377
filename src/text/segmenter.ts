import { existsSync } from 'node:fs';
import { JiebaWords } from './jieba-words.js';
import { lexiconPath } from '../lexicon/files.js';
import nodejieba from 'nodejieba';

/**
 * The one door to nodejieba, whose dictionary is process-global: it is loaded once, on the first analysis (about
 * 250 MB and 0.7 s), and words added with `insertWord` stay for every analyzer in the process. Dictionary files can
 * be chosen only before that first load.
 */

export interface JiebaFiles {
  dict?: string;
  hmmDict?: string;
  userDict?: string;
  idfDict?: string;
  stopWordDict?: string;
}

export interface DictionaryWord {
  word: string;
  pos?: string | undefined;
}

let loadedWith: string | null = null;
let loadedWords: JiebaWords | null = null;
const inserted = new Set<string>();

/** Loads jieba's dictionaries (once) and adds user words. Throws when files are missing or differ from the first load. */
export function prepareSegmenter(files: JiebaFiles, words: readonly DictionaryWord[]): void {
  const key = JSON.stringify(files);
  if (loadedWith === null) {
    // jieba's own keyword extractor is never called (keywords.ts reads the IDF table itself, more compactly), and
    // its copy of the table costs 19 MB per process: it gets a one-line table instead.
    const loading = { ...files, idfDict: lexiconPath('jieba-idf-stub.utf8') };
    for (const [name, path] of Object.entries(loading)) {
      // nodejieba aborts the whole process in native code on a missing file, so check first.
      if (path !== undefined && !existsSync(path)) throw new Error(`xinwen: jieba ${name} file not found: ${path}`);
    }
    nodejieba.load(loading);
    loadedWords = new JiebaWords({
      dict: files.dict ?? nodejieba.DEFAULT_DICT,
      // nodejieba's loader and cppjieba's split user dictionary paths at | and ;.
      userDicts: (files.userDict ?? nodejieba.DEFAULT_USER_DICT).split(/[|;]/).filter((path) => path !== ''),
      idf: idfFile(files),
    });
    loadedWith = key;
  } else if (loadedWith !== key) {
    throw new Error(
      'xinwen: jieba dictionaries are process-global and were already loaded with other files; ' +
        'use the same dictionary files in every analyzer of a process',
    );
  }
  for (const { word, pos } of words) {
    const entry = `${word}\u0000${pos ?? ''}`;
    if (inserted.has(entry)) continue;
    nodejieba.insertWord(word, pos);
    jiebaWords().insert(word, pos ?? 'x');
    inserted.add(entry);
  }
}

/** The words of the loaded dictionaries, with their tags and IDF weights. */
export function jiebaWords(): JiebaWords {
  if (!loadedWords) throw new Error('xinwen internal error: jieba used before prepareSegmenter');
  return loadedWords;
}

/**
 * jieba's word segmentation with part-of-speech tags (HMM on, so unknown words and numbers stay whole): each word
 * of the text in order, with its tag, as nodejieba's `tag` gives them, at half its cost (see {@link JiebaWords}). A long text is cut a piece at a time,
 * after a line break (which jieba treats as a separator, so the words are the same): one call over megabytes slows
 * down as it goes (100 copies of our corpus took 1.7 times as long per copy as one).
 */
export function tag(text: string, visit: (word: string, pos: string) => void): void {
  const known = jiebaWords();
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
    for (const word of nodejieba.cut(text.slice(start, end), true)) visit(word, known.tagOf(word));
    start = end;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The longest text given to jieba in one call. */
const PIECE = 20_000;

/** Where jieba's IDF table is. */
function idfFile(files: JiebaFiles): string {
  return files.idfDict ?? nodejieba.DEFAULT_IDF_DICT;
}

/** jieba's stop-word list, for keywords. */
export function stopWordFile(files: JiebaFiles): string {
  return files.stopWordDict ?? nodejieba.DEFAULT_STOP_WORD_DICT;
}
