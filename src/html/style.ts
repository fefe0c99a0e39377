/**
 * The page's only stylesheet, inlined. Stances: blue for bullish and orange for skeptical (safe for the common
 * colour-vision deficiencies), always with a symbol and a word. Highlights: each kind has its own fill, its own
 * underline pattern (solid, dashed, double, dotted, stripes) and a short label after it, so none relies on colour.
 */
export const CSS = `
:root{--bull:#1d5fa8;--skep:#b8470f;--neutral:#5f6670;--mixed:#6d3fc0;--ink:#1f2328;--muted:#59636e;--line:#d0d7de;--panel:#f6f8fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#fff;font:16px/1.75 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif}
main{max-width:1240px;margin:0 auto;padding:12px 16px 48px}
a{color:#0b57d0}
:focus-visible{outline:3px solid #111;outline-offset:2px}
.skip{position:absolute;left:-9999px}
.skip:focus{left:8px;top:8px;z-index:30;background:#fff;padding:4px 8px}
.muted{color:var(--muted)}
.brand{font-size:.8rem;color:var(--muted);margin:0}
h1{font-size:1.6rem;line-height:1.4;margin:.2em 0}
h1 .muted{font-size:.6em;font-weight:400}
.meta{font-size:.85rem;color:var(--muted);margin:0 0 .75rem;overflow-wrap:anywhere}
.docnav{font-size:.9rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.badge{display:inline-block;border:1px solid currentColor;border-radius:4px;padding:0 .4em;font-size:.78rem;line-height:1.55;font-weight:600;white-space:nowrap;vertical-align:middle}
.badge.st-bullish{color:var(--bull);background:#e9f1fb}
.badge.st-skeptical{color:var(--skep);background:repeating-linear-gradient(135deg,#fbe9df 0 3px,#fff 3px 6px)}
.badge.st-neutral{color:var(--neutral);background:#f2f3f5}
.badge.st-mixed{color:var(--mixed);background:repeating-linear-gradient(90deg,#efe8fb 0 3px,#fff 3px 6px)}
.badge.st-unknown,.badge.st-none{color:var(--muted);border-style:dashed}
.stance-card{border:1px solid var(--line);border-left:6px solid var(--neutral);border-radius:6px;padding:.6rem .9rem;margin:.5rem 0 1rem;background:var(--panel)}
.stance-card.st-bullish{border-left-color:var(--bull)}
.stance-card.st-skeptical{border-left-color:var(--skep);border-left-style:double}
.stance-card.st-mixed{border-left-color:var(--mixed);border-left-style:dashed}
.stance-main .badge{font-size:1rem}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.4rem 0;font-size:.9rem}
.evidence{margin:.3rem 0 0;padding-left:1.4rem;font-size:.88rem}
.evidence li{margin:.2rem 0;overflow-wrap:anywhere}
code{font:.8rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f4;padding:0 .25em;border-radius:3px}
summary{cursor:pointer;font-weight:600;font-size:.9rem}
.legend ul{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.1rem;padding:0;margin:.25rem 0}
.legend li{font-size:.85rem}
.hint{font-size:.8rem;margin:.2rem 0 .8rem}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 21rem;gap:2rem;align-items:start}
.side{position:sticky;top:0;max-height:100vh;overflow:auto;padding:.25rem .5rem 1rem 0;font-size:.9rem}
.side h2{font-size:.95rem;margin:.8rem 0 .3rem;border-bottom:1px solid var(--line)}
.side ul,.side ol{margin:0;padding-left:1.1rem}
.side li{margin:.3rem 0;overflow-wrap:anywhere}
.count{font-weight:400;color:var(--muted);font-size:.8rem}
.why{display:block;font-size:.75rem;line-height:1.45;color:var(--muted)}
.side .chips{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;padding:0}
.chips li{border:1px solid var(--line);border-radius:999px;padding:0 .55rem;margin:0}
.para{display:grid;grid-template-columns:8.5rem minmax(0,1fr);gap:.8rem;margin:.35rem 0;padding:.3rem 0 .3rem .6rem;border-left:4px solid var(--line)}
.para.st-bullish{border-left-color:var(--bull)}
.para.st-skeptical{border-left-color:var(--skep)}
.para.st-mixed{border-left-color:var(--mixed)}
.pmark{text-align:right;font-size:.8rem;line-height:1.9}
.pmark .kind{display:block;font-size:.7rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.ptext{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.kind-heading .ptext{font-weight:700;font-size:1.08rem}
.kind-credit .ptext{color:var(--muted);font-size:.9rem}
h1.title+.pmark{display:block;text-align:left}
h1.title+.pmark .kind{display:inline;margin-right:.4rem}
mark.hl{color:inherit;border-radius:3px;padding:0 1px}
mark.hl::after{content:attr(data-label);display:inline-block;margin-left:2px;padding:0 2px;border-radius:2px;color:#fff;font:700 .56rem/1.35 system-ui,sans-serif;letter-spacing:.02em;vertical-align:.45em;white-space:nowrap}
mark.hl[data-part]::after{content:none}
.hl-company{background:#d5f0e8;border-bottom:2px solid #0d6b62}
.hl-company::after{background:#0d6b62}
.hl-person{background:#ece4fa;border-bottom:2px dashed #6330b8}
.hl-person::after{background:#6330b8}
.hl-amount{background:#fff0b8;border-bottom:3px double #8a5a00}
.hl-amount::after{background:#8a5a00}
.hl-percentage{background:#fde4ef;border-bottom:2px dotted #b0174f}
.hl-percentage::after{background:#b0174f}
.hl-quote{background:repeating-linear-gradient(45deg,#eef0f3 0 5px,#f8f9fa 5px 10px)}
.hl-quote::after{background:#4b535d}
.ev{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:.32em}
.ev-bullish{text-decoration-color:var(--bull)}
.ev-skeptical{text-decoration-color:var(--skep);text-decoration-style:wavy}
.ev-other{text-decoration-style:dotted}
.ev::after{font-size:.6rem;vertical-align:.5em}
.ev-bullish::after{content:"▲";color:var(--bull)}
.ev-skeptical::after{content:"▼";color:var(--skep)}
[data-note]{cursor:help}
#tip{position:absolute;left:0;top:0;z-index:20;max-width:min(24rem,calc(100vw - 16px));padding:.45rem .65rem;border-radius:6px;background:#1f2328;color:#fff;font-size:.8rem;line-height:1.5;white-space:pre-line;overflow-wrap:anywhere;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.25)}
#tip[hidden]{display:none}
.defs{position:absolute}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,26rem),1fr));gap:1rem 2rem}
.chart{width:100%;display:block}
.chart text{font-size:13px;fill:var(--ink)}
.chart text.sub{font-size:12px;fill:var(--muted)}
figure{margin:0}
figcaption h2{font-size:1.05rem;margin:.5rem 0}
.docs{list-style:none;padding:0;margin:0}
.docs li{border-bottom:1px solid var(--line);padding:.55rem 0}
.docs .doc-title{font-weight:600}
.docs .doc-facts{font-size:.82rem;color:var(--muted);overflow-wrap:anywhere}
@supports selector(:has(*)){
.page-corpus .doc{display:none}
.page-corpus .doc:target,.page-corpus .doc:has(:target){display:block}
.page-corpus:has(.doc:target,.doc :target) .corpus{display:none}
}
@media (max-width:760px){
main{padding:8px 12px 40px}
h1{font-size:1.3rem}
.layout{grid-template-columns:minmax(0,1fr);gap:1rem}
.side{position:static;max-height:none;overflow:visible}
.para{grid-template-columns:minmax(0,1fr);gap:0}
.pmark{text-align:left;line-height:1.6}
.pmark .kind{display:inline;margin-right:.4rem}
}
`;
