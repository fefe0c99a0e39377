// natural is imported by deep paths only (its root import reads .env, prints, and loads storage adapters); this
// module ships no typings of its own.
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  export default class TfIdf {
    addDocument(document: string | string[], key?: unknown): void;
    listTerms(index: number): { term: string; tfidf: number }[];
  }
}
