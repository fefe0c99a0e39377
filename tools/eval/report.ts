import { paragraphScores, prf, LABELS, type ArticleScore, type Count, type Scores } from './score.js';

/** The table `npm run eval` prints. */
export function formatReport(title: string, total: Scores, articles: readonly ArticleScore[], verbose: boolean): string {
  const lines: string[] = [title, ''];
  const f = (x: number) => x.toFixed(3);
  const row = (name: string, c: Count) => {
    const { precision, recall, f1 } = prf(c);
    lines.push(`${name.padEnd(22)}${f(precision).padStart(7)}${f(recall).padStart(7)}${f(f1).padStart(7)}   ${c.tp}/${c.predicted}/${c.gold}`);
  };
  lines.push(`${'field'.padEnd(22)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   tp/predicted/gold`);
  row('companies', total.companies);
  row('people', total.people);
  lines.push(`${'roles (accuracy)'.padEnd(22)}${f(total.roles.total ? total.roles.correct / total.roles.total : 1).padStart(21)}   ${total.roles.correct}/${total.roles.total}`);
  lines.push(`${'split entity groups'.padEnd(22)}${String(total.splitGroups).padStart(21)}`);
  row('amounts (span)', total.amountSpans);
  row('amounts (value)', total.amountValues);
  row('percentages (span)', total.percentageSpans);
  row('percentages (value)', total.percentageValues);
  for (const [name, c] of [['owner (accuracy)', total.owners], ['period (accuracy)', total.periods]] as const) {
    if (c.total > 0) lines.push(`${name.padEnd(22)}${f(c.correct / c.total).padStart(21)}   ${c.correct}/${c.total}`);
  }
  row('quotes (span)', total.quoteSpans);
  row('quotes (attributed)', total.quotesAttributed);
  const para = paragraphScores(total.confusion);
  lines.push(`${'stance article (acc)'.padEnd(22)}${f(total.article.total ? total.article.correct / total.article.total : 1).padStart(21)}   ${total.article.correct}/${total.article.total}`);
  lines.push(`${'stance paragraph (acc)'.padEnd(22)}${f(para.accuracy).padStart(21)}`);
  lines.push(`${'stance paragraph (mF1)'.padEnd(22)}${f(para.macroF1).padStart(21)}`);
  const cs = total.companyStance;
  if (cs.total > 0) lines.push(`${'stance company (acc)'.padEnd(22)}${f(cs.correct / cs.total).padStart(21)}   ${cs.correct}/${cs.total}`);
  lines.push('', 'paragraph confusion (rows gold, columns predicted):');
  lines.push(`${''.padEnd(12)}${LABELS.map((l) => l.padStart(11)).join('')}`);
  for (const g of LABELS) lines.push(`${g.padEnd(12)}${LABELS.map((p) => String(total.confusion[g][p]).padStart(11)).join('')}`);
  lines.push('', `${'article'.padEnd(36)}${'comp'.padStart(6)}${'ppl'.padStart(6)}${'amt'.padStart(6)}${'pct'.padStart(6)}${'quote'.padStart(6)}${'para'.padStart(6)}  stance`);
  for (const a of articles) {
    const s = a.scores;
    const para1 = paragraphScores(s.confusion);
    lines.push(
      `${a.id.slice(0, 35).padEnd(36)}${f(prf(s.companies).f1).padStart(6)}${f(prf(s.people).f1).padStart(6)}${f(prf(s.amountValues).f1).padStart(6)}${f(prf(s.percentageValues).f1).padStart(6)}${f(prf(s.quotesAttributed).f1).padStart(6)}${f(para1.accuracy).padStart(6)}  ${a.predictedStance}${a.predictedStance === a.goldStance ? '' : ` (gold ${a.goldStance})`}`,
    );
  }
  if (verbose) {
    lines.push('');
    for (const a of articles) for (const m of a.misses) lines.push(`${m.article}  ${m.field.padEnd(12)} ${m.kind === 'miss' ? 'MISS ' : 'FALSE'} ${m.detail}`);
  }
  return lines.join('\n');
}

