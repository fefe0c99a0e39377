import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze, renderHtml, renderIndex, type Analysis } from '../src/index.js';
import { expectedMentions, expectedEvidence } from './html-expect.js';

/** An element of the page as a strict parser of our own output sees it: a close tag must match the last open one. */
interface Element {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  parents: Element[];
}

const VOID = new Set(['meta', 'link', 'br', 'input', 'img']);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Every element of the body with its text; throws on a close tag that does not close the innermost element. */
function parse(html: string): Element[] {
  const body = html.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, '');
  const all: Element[] = [];
  const stack: Element[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z0-9!]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      // A paragraph's stance label is not article text: its text stops there.
      for (const e of [...stack].reverse()) {
        e.text += unescape(m[5]);
        if (e.attrs.class === 'pmark') break;
      }
    } else if (m[1]) {
      const open = stack.pop();
      if (open?.tag !== m[2]) throw new Error(`</${m[2]}> closes <${open?.tag}>`);
    } else if (m[2] !== '!doctype') {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] as string).matchAll(/([\w-]+)(?:="([^"]*)")?/g)) attrs[a[1] as string] = unescape(a[2] ?? '');
      const element = { tag: m[2] as string, attrs, text: '', parents: [...stack] };
      all.push(element);
      if (!m[4] && !VOID.has(element.tag)) stack.push(element);
    }
  }
  if (stack.length) throw new Error(`unclosed <${stack.map((e) => e.tag).join('> <')}>`);
  return all;
}

/** `kind text` for each highlighted mention on the page, its pieces joined, sorted like {@link expectedMentions}. */
function highlighted(elements: Element[], within?: Element): string[] {
  const byId = new Map<string, { kind: string; text: string }>();
  for (const e of elements) {
    const id = e.attrs['data-m'];
    if (!id || (within && !e.parents.includes(within))) continue;
    const seen = byId.get(id);
    if (seen) seen.text += e.text;
    else byId.set(id, { kind: e.attrs['data-kind'] as string, text: e.text });
  }
  return [...byId.values()].map((m) => `${m.kind} ${m.text}`).sort();
}

function evidenceOnPage(elements: Element[]): string[] {
  return [...new Set(elements.filter((e) => e.attrs['data-ev']).map((e) => e.attrs['data-ev']))].sort() as string[];
}

/** A schema-valid analysis built by hand: nothing found unless given. */
function made(text: string, parts: Partial<Analysis> = {}): Analysis {
  const stance = { label: 'neutral' as const, score: 0, confidence: 1, evidence: [] };
  return {
    schemaVersion: 1,
    title: null,
    script: 'simplified',
    stats: { characters: [...text].length, paragraphs: 1, sentences: 1, tokens: 0 },
    paragraphs: [{ index: 0, start: 0, end: text.length, kind: 'body', stance }],
    sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, stance }],
    companies: [],
    people: [],
    amounts: [],
    percentages: [],
    quotes: [],
    credits: { sources: [], people: [] },
    keywords: [],
    summary: [],
    stance: { ...stance, confidence: 0 },
    ...parts,
  };
}

const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`${part} is not in ${text}`);
  return { text: part, start, end: start + part.length };
};
const company = (text: string, name: string, extra: Record<string, unknown> = {}) => ({
  name,
  aliases: [],
  mentions: [span(text, name)],
  salience: 1,
  stance: 'neutral' as const,
  codes: [],
  listedCodes: [],
  why: [`lexicon:${name}`],
  ...extra,
});
const amount = (text: string, part: string, extra: Record<string, unknown> = {}) => ({
  ...span(text, part),
  value: 586000000,
  valueMax: null,
  currency: 'USD',
  approximate: false,
  per: null,
  metric: null,
  currencySource: null,
  currencyWhy: null,
  bound: null,
  loss: false,
  owner: null,
  period: null,
  ...extra,
});
const evidence = (text: string, part: string, polarity: 'bullish' | 'skeptical', rule: string) => ({
  ...span(text, part),
  polarity,
  weight: 1,
  negated: false,
  reversed: false,
  rule,
  voice: 'author' as const,
});

describe('escaping', () => {
  const text = '公司<script>alert("x")</script>称 A&B 的 "报价" 是\'5\'亿';
  test.each([
    ['a script tag in the text is shown as text', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ['an ampersand', 'A&amp;B'],
    ['double and single quotes', '&quot;报价&quot; 是&#39;5&#39;亿'],
  ])('%s', (_, escaped) => {
    expect(renderHtml(made(text), text)).toContain(escaped);
  });

  test('the page has one script, its own, and the text as written', () => {
    const html = renderHtml(made(text), text);
    expect(html.match(/<script/g)).toHaveLength(1);
    const paragraph = parse(html).find((e) => e.attrs.class === 'ptext');
    expect(paragraph?.text).toBe(text);
  });

  test.each([
    ['a name with quotes and a tag', 'A"B<i>C', 'Company: A"B<i>C'],
    ['a rule with an ampersand', 'X&Y\'Z', 'why: lexicon:X&Y\'Z'],
  ])('in attributes: %s', (_, name, line) => {
    const input = `据悉${name}宣布回购。`;
    const html = renderHtml(made(input, { companies: [company(input, name)] }), input, { id: 'a "quoted" <id>' });
    const mark = parse(html).find((e) => e.attrs['data-kind'] === 'company');
    expect(mark?.text).toBe(name);
    expect(mark?.attrs['data-note']).toContain(line);
    expect(html).not.toContain('<i>');
    expect(html).toContain('a &quot;quoted&quot; &lt;id&gt;');
  });
});

describe('nesting', () => {
  const text = '新浪CEO曹国伟表示：“阿里巴巴以5.86亿美元入股，前景可期。”\n另一段。';
  const quote = { ...span(text, '“阿里巴巴以5.86亿美元入股，前景可期。”'), speaker: '曹国伟', rule: 'colon' };
  const analysis = made(text, {
    paragraphs: [
      { index: 0, start: 0, end: text.indexOf('\n'), kind: 'body', stance: { label: 'bullish', score: 0.5, confidence: 0.8, evidence: [evidence(text, '前景可期', 'bullish', 'cue:前景可期')] } },
      { index: 1, start: text.indexOf('\n') + 1, end: text.length, kind: 'body', stance: { label: 'neutral', score: 0, confidence: 1, evidence: [] } },
    ],
    companies: [company(text, '阿里巴巴'), company(text, '新浪')],
    people: [{ name: '曹国伟', aliases: [], mentions: [span(text, '曹国伟')], roles: [{ title: 'CEO', org: '新浪', former: false }], salience: 1, why: ['titled:CEO'] }],
    amounts: [amount(text, '5.86亿美元')],
    quotes: [quote],
  });

  test('a quote holding a company, an amount and evidence: each inside the quote, none cut', () => {
    const elements = parse(renderHtml(analysis, text));
    const quoteMark = elements.find((e) => e.attrs['data-kind'] === 'quote');
    for (const kind of ['company', 'amount']) {
      const inner = elements.filter((e) => e.attrs['data-kind'] === kind && quoteMark && e.parents.includes(quoteMark));
      expect(inner.map((e) => e.text)).toEqual([kind === 'company' ? '阿里巴巴' : '5.86亿美元']);
    }
    expect(elements.find((e) => e.attrs['data-ev'])?.parents).toContain(quoteMark);
    expect(highlighted(elements)).toEqual(expectedMentions(analysis, text));
    expect(elements.filter((e) => e.attrs['data-part'])).toEqual([]);
  });

  test.each([
    ['evidence crossing the end of a company', '巴巴以'],
    ['evidence crossing the start of an amount', '以5.86'],
  ])('%s: one of the two is cut into pieces that nest, and both read back whole', (_, part) => {
    const crossing = { ...analysis, stance: { ...analysis.stance, evidence: [evidence(text, part, 'skeptical', 'cue:test')] } };
    const elements = parse(renderHtml(crossing, text));
    expect(highlighted(elements)).toEqual(expectedMentions(crossing, text));
    const evidenceText = new Map<string, string>();
    for (const e of elements.filter((x) => x.attrs['data-ev'])) evidenceText.set(e.attrs['data-ev'] as string, (evidenceText.get(e.attrs['data-ev'] as string) ?? '') + e.text);
    expect([...evidenceText.values()].sort()).toEqual([part, '前景可期'].sort());
    expect(elements.filter((e) => e.attrs['data-part'])).toHaveLength(1);
  });

  test('a quote running over two paragraphs is cut at the paragraph end and read back whole', () => {
    const across = { ...analysis, quotes: [{ ...span(text, '前景可期。”\n另一段'), speaker: null, rule: null }] };
    const elements = parse(renderHtml(across, text));
    expect(highlighted(elements)).toEqual(expectedMentions(across, text));
    const pieces = elements.filter((e) => e.attrs['data-kind'] === 'quote');
    expect(pieces.map((e) => e.parents.find((p) => p.attrs.class === 'ptext')?.text ?? 'between')).toEqual([
      '新浪CEO曹国伟表示：“阿里巴巴以5.86亿美元入股，前景可期。”',
      'between',
      '另一段。',
    ]);
  });
});

describe('highlights are exactly the mentions of the analysis, by count and text', () => {
  const corpus = ['ai-funding-hk-simplified', 'hk-ipo-traditional', 'tw-chip-earnings-traditional', 'halfwidth-founder-interview', 'brief-no-headline-buyback'];
  test.each(corpus)('corpus/%s.txt', (name) => {
    const text = readFileSync(new URL(`../corpus/${name}.txt`, import.meta.url), 'utf8');
    const analysis = analyze(text);
    const elements = parse(renderHtml(analysis, text));
    expect(highlighted(elements)).toEqual(expectedMentions(analysis, text));
    expect(evidenceOnPage(elements)).toHaveLength(expectedEvidence(analysis).length);
  });

  test('traditional text is shown as written, paragraph by paragraph, never a normalised copy', () => {
    const text = readFileSync(new URL('../corpus/hk-ipo-traditional.txt', import.meta.url), 'utf8');
    const analysis = analyze(text);
    expect(analysis.script).toBe('traditional');
    const elements = parse(renderHtml(analysis, text));
    const shown = elements.filter((e) => e.attrs.class === 'ptext' || e.attrs.class === 'title').map((e) => e.text);
    expect(shown).toEqual(analysis.paragraphs.map((p) => text.slice(p.start, p.end)));
    // The headline, then the text section with the line breaks between paragraphs: every character of the input.
    const [title, body] = ['title', 'text'].map((c) => elements.find((e) => e.attrs.class === c)?.text);
    expect(`${title}${body}`).toBe(text);
    expect(elements.find((e) => e.attrs.class === 'text')?.attrs.lang).toBe('zh-Hant');
  });
});

describe('fields the schema may gain or lose', () => {
  const text = '公司第四季度营收5.86亿美元，同比增长18%。';
  test('owner, period, currency source and why, probability and anything new are shown when present', () => {
    const analysis = made(text, {
      amounts: [amount(text, '5.86亿美元', { owner: { text: '公司', start: 0, end: 2 }, period: '2012Q4', currencySource: 'text', currencyWhy: '美元', brandNew: 7 })],
      percentages: [{ ...span(text, '18%'), value: 18, valueMax: null, kind: 'percent', approximate: false, change: 'up', metric: '营收', period: 'yoy' } as unknown as Analysis['percentages'][number]],
      stance: { label: 'bullish', score: 0.4, confidence: 0.4, evidence: [], probability: 0.83 } as Analysis['stance'],
    });
    const elements = parse(renderHtml(analysis, text));
    const note = (kind: string) => elements.find((e) => e.attrs['data-kind'] === kind)?.attrs['data-note'];
    expect(note('amount')).toBe('Amount: 586,000,000 USD\nowner: 公司\nperiod: 2012Q4\ncurrency source: text\ncurrency why: 美元\nbrand new: 7');
    expect(note('percentage')).toBe('Percentage: ↑ 18%\nmetric: 营收\nperiod: yoy');
    expect(elements.find((e) => e.attrs.class?.startsWith('stance-card'))?.text).toContain('probability 0.83');
  });

  test('missing lists, odd values and spans outside the text do not break the page', () => {
    const broken = { ...made(text), quotes: undefined, keywords: 'none', credits: null, companies: [{ name: '公司', mentions: [{ start: 0, end: 2 }, { start: 5, end: 999 }, { start: 'x' }] }] };
    const elements = parse(renderHtml(broken as unknown as Analysis, text));
    expect(highlighted(elements)).toEqual(['company 公司']);
  });

  test.each(['', '\n\n', '没有标题也没有段落'])('an odd text still gets a page: %j', (text) => {
    const elements = parse(renderHtml(analyze(text), text));
    const title = elements.find((e) => e.attrs.class === 'title')?.text ?? '';
    expect(`${title}${elements.find((e) => e.attrs.class === 'text')?.text}`).toBe(text);
  });

  test.each([
    ['text not a string', () => renderHtml(made(''), 5 as unknown as string)],
    ['analysis not an object', () => renderHtml(null as unknown as Analysis, '')],
    ['documents not an array', () => renderIndex({} as never)],
  ])('a programmer error throws a TypeError: %s', (_, call) => {
    expect(call).toThrow(TypeError);
  });
});

describe('the page', () => {
  const text = readFileSync(new URL('../corpus/deal-tencent-game-studio.txt', import.meta.url), 'utf8');
  const analysis = analyze(text);

  test('same input, same page', () => {
    expect(renderHtml(analysis, text, { id: 'x' })).toBe(renderHtml(structuredClone(analysis), text, { id: 'x' }));
  });

  test('self-contained: no URL but its own fragments, and a policy that allows only its own style and script', () => {
    const html = renderHtml(analysis, text);
    expect(html).not.toMatch(/\b(src|href)="(?!#|data:,)/);
    const policy = html.match(/Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    const own = (tag: string) => createHash('sha256').update(html.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1] ?? '').digest('base64');
    expect(policy).toBe(`default-src 'none'; style-src 'sha256-${own('style')}'; script-src 'sha256-${own('script')}'; img-src data:`);
  });

  test('every link to a fragment has its target, and no id is used twice', () => {
    const html = renderHtml(analysis, text);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });
});

describe('renderIndex', () => {
  const names = ['deal-tencent-game-studio', 'hk-ipo-traditional', 'skeptical-accounting-review'];
  const documents = names.map((name) => {
    const text = readFileSync(new URL(`../corpus/${name}.txt`, import.meta.url), 'utf8');
    return { id: `corpus/${name}.txt`, text, analysis: analyze(text) };
  });
  const html = renderIndex([...documents, { id: 'corpus/broken.txt', error: 'expected the text to be a string, got number' }]);
  const elements = parse(html);

  test('one line per document linking to its view, failed documents listed with their error', () => {
    const links = elements.filter((e) => e.tag === 'a' && e.attrs.class === 'doc-title');
    expect(links.map((e) => e.attrs.href)).toEqual(['#d1', '#d2', '#d3']);
    expect(links[1]?.text).toBe(documents[1]?.text.split('\n')[0]);
    expect(elements.find((e) => e.attrs.class === 'docs')?.text).toContain('expected the text to be a string, got number');
  });

  test("each view highlights exactly its document's mentions", () => {
    documents.forEach((d, i) => {
      const section = elements.find((e) => e.attrs.id === `d${i + 1}`);
      expect(highlighted(elements, section)).toEqual(expectedMentions(d.analysis, d.text));
    });
  });

  test('two SVG charts: stance counts across the corpus and the most mentioned companies', () => {
    const charts = elements.filter((e) => e.tag === 'svg' && e.attrs.class === 'chart');
    expect(charts).toHaveLength(2);
    const counts = documents.reduce<Record<string, number>>((c, d) => ({ ...c, [d.analysis.stance.label]: (c[d.analysis.stance.label] ?? 0) + 1 }), {});
    for (const [label, n] of Object.entries(counts)) expect(charts[0]?.attrs['aria-label']).toContain(`${n} ${label}`);
    expect(charts[1]?.attrs['aria-label']).toMatch(/^Most mentioned companies: .+ · \d+ mentions in \d+ articles?, ▲ \d+% bullish · ▼ \d+% skeptical/);
  });

  test('ids are unique across all the views, and every link has its target', () => {
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids).toContain(target);
  });
});
