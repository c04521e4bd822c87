// Trunk post-build hook step: fills the static page in index.html (#static-briefing,
// shown where the app can't run) from the dataset the app is built with
// (BRIEFING_DATA, else data/briefing.json). Each element marked data-static="NAME"
// gets its content here; every dataset string goes in escaped, as text.
//
// This is the seed of a static rendition of the briefing: a later step can render
// more of the dataset (the timeline's events, the narratives) the same way.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set');
const dataPath = process.env.BRIEFING_DATA || 'data/briefing.json';
const data = JSON.parse(readFileSync(dataPath, 'utf8'));

export const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// The same words and formats as the Sources view (src/views/sources/mod.rs, core/src/date.rs).
const KIND_LABEL = { 'news-report': 'News report', analysis: 'Analysis', 'op-ed': 'Opinion piece', 'aggregated-blog': 'Aggregated blog post' };
const KIND_NOUN = { 'news-report': 'news report', analysis: 'analysis', 'op-ed': 'opinion piece', 'aggregated-blog': 'aggregated blog post' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function dateText(text, precision) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text || '');
  if (!m) return text;
  const [, y, mo, d] = m;
  const base = d ? `${Number(d)} ${MONTHS[mo - 1]} ${y}` : mo ? `${MONTHS[mo - 1]} ${y}` : y;
  return precision === 'approximate' ? `c. ${base}` : base;
}

const isSafeUrl = (u) => /^https?:\/\//i.test(u.trim()) && !/[\s\p{Cc}]/u.test(u);

function fact(label, value, known = true) {
  return `<div><dt>${escape(label)}</dt><dd${known ? '' : ' class="unknown"'}>${value}</dd></div>`;
}

function sourceItem(s) {
  const heading = s.title || s.publisher || `Untitled ${KIND_NOUN[s.kind] || s.kind} (${s.id})`;
  // As the Sources view: a date without a stated precision is shown as written.
  const date = s.date
    ? fact('Date', `<time datetime="${escape(s.date)}">${escape(s.date_precision ? dateText(s.date, s.date_precision) : s.date)}</time>`)
    : fact('Date', 'Undated', false);
  const link = s.url
    ? fact('Link', isSafeUrl(s.url) ? `<a href="${escape(s.url)}" rel="noopener noreferrer">${escape(s.url)}</a>` : escape(s.url))
    : fact('Link', 'Not given', false);
  return `<li class="source-card" id="static-source-${escape(s.id)}"><h3><span class="source-id">${escape(s.id)}</span> ${escape(heading)}</h3>` +
    `<dl class="source-facts">${fact('Kind', escape(KIND_LABEL[s.kind] || s.kind))}` +
    `${fact('Publisher', escape(s.publisher || 'Not named'), !!s.publisher)}${date}${link}</dl>` +
    `<p class="source-description">${escape(s.description || '')}</p>` +
    `<p class="reliability"><span class="label">Reliability: </span>${escape(s.reliability || '')}</p></li>`;
}

const kb = Math.max(1, Math.round(statSync(join(dir, 'briefing.json')).size / 1024));
const n = data.sources.length;
const parts = {
  title: escape(data.meta.title),
  'as-of': `As of ${escape(dateText(data.meta.as_of, 'day'))}`,
  overview: escape(data.meta.overview || ''),
  'dataset-size': `(JSON, ${kb} KB)`,
  'sources-title': `The ${NUMBERS[n] || n} source article${n === 1 ? '' : 's'}`,
  sources: data.sources.map(sourceItem).join(''),
};

const htmlPath = join(dir, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
for (const [name, content] of Object.entries(parts)) {
  // The HTML may be minified, with unquoted attributes.
  const slot = new RegExp(`(<(\\w+)\\b[^>]*\\bdata-static="?${name}"?(?=[\\s>])[^>]*>)([\\s\\S]*?)(</\\2>)`);
  if (!slot.test(html)) throw new Error(`index.html has no data-static="${name}" element`);
  html = html.replace(slot, (_m, open, _tag, _old, close) => open + content + close);
}
writeFileSync(htmlPath, html);
console.log(`static-page: filled the fallback page from ${dataPath} (${n} sources)`);
