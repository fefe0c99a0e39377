const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML, both between tags and inside a quoted attribute: nothing from an article, a name or a
 * rule can open a tag or leave an attribute. Every string that reaches the page goes through here.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** ` name="value"` with the value escaped, or nothing for a null value. */
export function attr(name: string, value: string | number | null): string {
  return value === null ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}
