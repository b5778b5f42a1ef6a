/**
 * The review pages' only stylesheet: no web fonts, no framework, a few kilobytes.
 * Claim colours are light tints of the Okabe-Ito palette (distinct under the common colour-vision
 * deficiencies), and each kind ALSO has its own underline style and letter badge, so colour is
 * never the only cue. The badge lives in ::after so it never enters the article's text.
 */
export const STYLESHEET = `
:root{--ink:#1b1b1b;--muted:#555;--line:#ccc;--bg:#fff;--focus:#D55E00;
--q:#cfe8f7;--q-ink:#0072B2;--p:#fbe3b0;--p-ink:#9a6a00;--d:#c4eadf;--d-ink:#007a5a;--t:#f1d6e6;--t-ink:#a5467d}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{display:flex;gap:1.5rem;align-items:baseline;flex-wrap:wrap;padding:.6rem 1.2rem;border-bottom:1px solid var(--line)}
header.top a{color:var(--ink)}
header.top .brand{font-weight:700;text-decoration:none}
header.top .who{margin-left:auto;font-size:.9rem}
main{padding:1rem 1.2rem;max-width:80rem;margin:0 auto}
h1{font-size:1.5rem;margin:.3rem 0 .6rem}
h2{font-size:1.15rem;margin:1rem 0 .5rem}
a{color:#0b57a4}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.meta{color:var(--muted);margin:0 0 .8rem}
.banner{border:2px dashed var(--q-ink);padding:.5rem .8rem;margin:.5rem 0 1rem}
.error{border:2px solid var(--focus);padding:.5rem .8rem;margin:.5rem 0 1rem}
.review{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);gap:1.5rem;align-items:start}
.aside{position:sticky;top:0;max-height:100vh;overflow:auto;padding:0 .2rem}
@media (max-width:60rem){.review{grid-template-columns:1fr}.aside{position:static;max-height:none}}
.story{white-space:pre-wrap;overflow-wrap:anywhere;max-width:46rem;line-height:1.8}
mark.claim{position:relative;color:inherit;padding:0 .1em;border-bottom:3px solid;scroll-margin-top:40vh}
mark.claim::after{font-size:.62em;font-weight:700;vertical-align:super;margin-left:.12em;line-height:1}
.k-quantity{background:var(--q);border-bottom-color:var(--q-ink)!important;border-bottom-style:solid!important}
.k-quantity::after{content:"Q";color:var(--q-ink)}
.k-percent{background:var(--p);border-bottom-color:var(--p-ink)!important;border-bottom-style:double!important;border-bottom-width:4px!important}
.k-percent::after{content:"%";color:var(--p-ink)}
.k-date{background:var(--d);border-bottom-color:var(--d-ink)!important;border-bottom-style:dashed!important}
.k-date::after{content:"D";color:var(--d-ink)}
.k-duration{background:var(--t);border-bottom-color:var(--t-ink)!important;border-bottom-style:dotted!important}
.k-duration::after{content:"T";color:var(--t-ink)}
mark.flagged{box-shadow:inset 0 -1.1em 0 rgba(213,94,0,.12)}
mark.claim:target{outline:3px solid var(--focus);outline-offset:2px;box-shadow:0 0 0 6px rgba(213,94,0,.25)}
.tip{display:none;position:absolute;z-index:2;margin-top:1.9em;margin-left:-6em;max-width:24rem;white-space:normal;
background:#222;color:#fff;font-size:.85rem;line-height:1.4;padding:.35rem .5rem;border-radius:4px}
mark.claim:hover+.tip,mark.claim:focus+.tip{display:inline-block}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:.4rem 0;margin:0 0 .8rem;font-size:.9rem}
.findings{list-style:none;padding:0;margin:0}
.finding{border:1px solid var(--line);border-left:6px solid var(--muted);padding:.6rem .8rem;margin:0 0 1rem;border-radius:4px}
.finding.s-contradiction{border-left-color:var(--focus)}
.finding.s-discrepancy{border-left-color:#E69F00;border-left-style:double;border-left-width:7px}
.finding.s-note{border-left-color:var(--q-ink);border-left-style:dashed}
.finding:target{box-shadow:0 0 0 3px var(--focus)}
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem;letter-spacing:.04em}
.finding p{margin:.35rem 0}
.words{margin:.3rem 0;padding-left:1.1rem}
blockquote{margin:.4rem 0;padding:.3rem .6rem;border-left:3px solid var(--line);background:#f7f7f7;white-space:pre-wrap;overflow-wrap:anywhere}
.status{font-size:.85rem;color:var(--muted)}
form.inline{display:inline}
button,input,select,textarea{font:inherit}
button{padding:.25rem .7rem;cursor:pointer}
label{display:block;margin:.5rem 0 .2rem;font-weight:600}
input[type=text],input[type=url],input[type=date],input[type=password],select{padding:.3rem;min-width:16rem;max-width:100%}
form>input[type=text],form>input[type=url]{width:50rem}
textarea{width:100%;max-width:50rem;min-height:18rem;padding:.4rem}
fieldset{border:1px solid var(--line);margin:.8rem 0;max-width:50rem}
fieldset label{display:inline;font-weight:400;margin-right:1rem}
.filters{display:flex;gap:1rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}
.filters label{margin:0}
.pager{margin:1rem 0}
`;

/** Where the pages link the stylesheet from: `<link rel="stylesheet" href="/assets/claimcheck.css">`. */
export const STYLESHEET_PATH = "/assets/claimcheck.css";
