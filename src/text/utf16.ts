// ignoreBOM: a leading U+FEFF is part of the caller's text, and dropping it would shift every offset by one.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The string of these UTF-16 code units, one for one (the copies normalisation makes keep every offset). */
export function decodeUtf16(codes: Uint16Array): string {
  return utf16.decode(codes);
}
