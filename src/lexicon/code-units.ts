/**
 * A set of UTF-16 code units as a bit set: one array read per test, where a `Set<number>` hashes the code (the
 * surname test runs at nearly every token of every recogniser that looks for Chinese names).
 */
export class CodeUnits {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  /** The first code unit of each character of `chars`. */
  constructor(chars: string) {
    for (const ch of chars) {
      const code = ch.charCodeAt(0);
      this.bits[code >>> 5]! |= 1 << (code & 31);
    }
  }

  has(code: number): boolean {
    return ((this.bits[code >>> 5] as number) & (1 << (code & 31))) !== 0;
  }
}
