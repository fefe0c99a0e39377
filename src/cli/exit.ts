/** The exit codes of the command line, documented in `xinwen help` and the README. */
export const EXIT = {
  /** Every document analysed. */
  ok: 0,
  /** Some documents are error records; the others are analysed. */
  failed: 1,
  /** The command line was wrong; nothing ran. */
  usage: 2,
  /** The run stopped before the end (I/O error, disk full, interrupted); the closing line says how to resume. */
  stopped: 3,
} as const;
