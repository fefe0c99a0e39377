import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { SCRIPT } from './script.js';
import { CSS } from './style.js';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * A whole self-contained page: inline style and script, nothing fetched. The content security policy says so to the
 * browser as well: no source is allowed but this page's own style and script, by hash, so even markup that escaped
 * escaping could neither run a script nor load anything. The icon is an empty data URL so no favicon is requested.
 */
export function page(title: string, body: string, bodyClass: string): string {
  const policy = `default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(SCRIPT)}; img-src data:`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="xinwen">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${CSS}</style>
</head>
<body class="${bodyClass}">
<a class="skip" href="#main">Skip to content</a>
<main id="main">
${body}
</main>
<div id="tip" role="tooltip" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
