import nodejieba from 'nodejieba';
import { lexiconPath } from '../lexicon/files.js';
import { WORDS_FILE } from './segmenter.js';
import { writeWordsFile } from './words-file.js';

/**
 * Writes the compiled word table of nodejieba's own dictionaries beside the bundle's lexicons: `npm run build` runs
 * it once after bundling (`node dist/compile-words.js`).
 */
writeWordsFile(lexiconPath(WORDS_FILE), { dict: nodejieba.DEFAULT_DICT, userDicts: [nodejieba.DEFAULT_USER_DICT], idf: nodejieba.DEFAULT_IDF_DICT });
