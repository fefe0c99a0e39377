/**
 * A value named for an error message: `null`, `an array`, `an object (Uint8Array)`, `number 42`.
 * @example describeValue(42) // => 'number 42'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return `${typeof value}${typeof value === 'number' || typeof value === 'boolean' ? ` ${String(value)}` : ''}`;
}
