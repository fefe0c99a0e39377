import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { idProblem, type BatchId } from '../batch/jobs.js';

/**
 * A file's id: its path from the folder that holds what was named, with / between folders. Naming the folder
 * news, ./news or /data/news gives news/2024/a.txt for /data/news/2024/a.txt; a glob names its fixed part
 * ('news/**\/*.txt' names news); a file named alone is its own name.
 * @example fileId('news', 'news/2024/a.txt') // => 'news/2024/a.txt', from any folder
 */
export function fileId(named: string, file: string): string {
  return relative(dirname(resolve(named)), resolve(file)).split(sep).join('/');
}

/** The part of a glob before its first wildcard: 'news/*\/a.txt' → 'news', '*.txt' → '.'. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed = parts.slice(0, parts.findIndex((part) => isDynamicPattern(part)));
  if (fixed.length === 0) return '.';
  return fixed.join('/') || '/';
}

/**
 * The id of a document known by its bytes only: "sha256:" and the first 16 hex digits of their SHA-256 (a JSONL
 * line without its line break, or a file's bytes).
 * @example contentId(Buffer.from('{oops')) // => 'sha256:…'
 */
export function contentId(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

/** An id as the done and seen sets hold it, keeping its type: 1 is `1`, "1" is `"1"`. */
export function idKey(id: BatchId): string {
  return JSON.stringify(id);
}

export interface Shard {
  index: number;
  count: number;
}

/** `--shard i/n`: the documents whose id hashes to i of n, so n machines split a corpus without talking. */
export function inShard(id: BatchId, shard: Shard | null): boolean {
  if (!shard) return true;
  return createHash('md5').update(String(id)).digest().readUInt32BE(0) % shard.count === shard.index;
}

/** What the id rules need of a document. */
export interface Identifiable {
  /** Where it is, for messages: 'line 3', 'news.jsonl line 3', a file's id. */
  where: string;
  /** The id it names: a file's id, a JSONL record's "id", or undefined for none. */
  declared: unknown;
  /** Its bytes, from which an id is made when it names none that can serve. */
  content(): Uint8Array;
}

/**
 * Settles ids in input order, by rules that give the same ids however a run is cut up (resumed, sharded, split
 * across Hadoop or Spark mappers), so that each document has one:
 * - a file's id is its path from the folder that holds what the command line named ({@link fileId});
 * - a JSONL record's id is its "id" as given, a string or a finite number (1 and "1" are two ids);
 * - a record with no "id" (or "id": null), or one that cannot be read, gets an id made from its bytes
 *   ({@link contentId});
 * - a record whose id is not a non-empty string or finite number, or was already used earlier in the run, is an
 *   error under an id made from its bytes.
 * Every document passes through it, those that a resume or a shard skip included, so that a repeat is caught
 * and gets the same content id in every part of a run.
 */
export class IdRegistry {
  private readonly seen = new Map<string, string>();

  settle(doc: Identifiable): { id: BatchId; problem: string | null } {
    const declared = doc.declared ?? undefined;
    if (declared === undefined) return { id: this.fromContent(doc), problem: null };
    const problem = idProblem(declared);
    if (problem) return { id: this.fromContent(doc), problem: `the id ${problem}` };
    const id = declared as BatchId;
    const first = this.seen.get(idKey(id));
    if (first !== undefined) return { id: this.fromContent(doc), problem: `the id ${idKey(id)} is already used by ${first}` };
    this.seen.set(idKey(id), doc.where);
    return { id, problem: null };
  }

  /** Where the document with this id is. */
  whereOf(id: BatchId): string {
    return this.seen.get(idKey(id)) ?? String(id);
  }

  /** A content id; identical lines get -2, -3 … after the first, in input order. */
  private fromContent(doc: Identifiable): string {
    const base = contentId(doc.content());
    let id = base;
    for (let n = 2; this.seen.has(idKey(id)); n++) id = `${base}-${n}`;
    this.seen.set(idKey(id), doc.where);
    return id;
  }
}
