import { renderHtml, renderIndex, type ReportDocument } from '../../html/index.js';
import type { Format } from './index.js';

/**
 * A self-contained HTML report, written when the run ends: one document's view, or for several an index page
 * linking to each view (see src/html). The documents are gathered until then, their texts with them.
 */
export function html(): Format {
  const documents: ReportDocument[] = [];
  return {
    start: '',
    needsText: true,
    record(result, _first, text) {
      documents.push('error' in result ? { id: String(result.id), error: result.error } : { id: String(result.id), text: text ?? '', analysis: result.analysis });
      return '';
    },
    end() {
      const only = documents[0];
      if (documents.length === 1 && only && 'analysis' in only) return renderHtml(only.analysis, only.text, { id: only.id });
      return renderIndex(documents);
    },
  };
}
