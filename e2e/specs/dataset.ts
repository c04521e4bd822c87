// The dataset the app was built with, as the specs read it (fetched once per
// worker from the served briefing.json), for computing expectations.
import type { APIRequestContext } from '@playwright/test';

export type Citation = { source: string; quote: string };
export type Figure = { count: number; upper?: number; qualifier: string; measure: string; subject: string };
export type Claim = { id: string; claimant: string; statement: string; figures: Figure[]; citations: Citation[] };
export type Point = { actor: string; text: string; date?: string; citations: Citation[] };
export type Narrative = {
  id: string; topic: string; question: string; divergence: string;
  pakistan: Point[]; afghanistan: Point[]; third_party: Point[]; events?: string[];
  pakistan_silence?: string; afghanistan_silence?: string;
};
export type Event = {
  id: string; date: string; precision: string; end_date?: string; title: string; summary: string; kind: string;
  phase: string; tags: string[]; places: string[]; actors: string[]; claims: Claim[]; responds_to: string[];
  citations: Citation[];
};
export type Relation = {
  id: string; from: string; to: string; kind: string; summary: string;
  period?: { start?: string; end?: string }; citations: Citation[];
};
export type Actor = { id: string; name: string; kind: string; alignment: string; citations: Citation[] };
export type Dataset = {
  meta: { title: string; as_of: string; overview: string; method: Record<'selection' | 'attribution' | 'divergence' | 'scope', string> };
  sources: { id: string; kind: string; publisher?: string; title?: string; date?: string; reliability: string; url?: string }[];
  phases: { id: string; name: string }[];
  actors: Actor[];
  places: { id: string; name: string; kind: string; citations: Citation[] }[];
  events: Event[];
  relations: Relation[];
  narratives: Narrative[];
  disagreements: { id: string; title: string; summary: string; events: string[]; versions: { account: string; citation: Citation }[] }[];
};

let cached: Promise<Dataset> | undefined;
export function loadDataset(request: APIRequestContext): Promise<Dataset> {
  cached ??= request.get('briefing.json').then((r) => r.json());
  return cached;
}

// Prose as the app draws it: each source id it names reads as a short label,
// "s2 (analysis)", or "s2, analysis" inside the prose's own brackets
// (core/src/prose.rs).
const kindNoun: Record<string, string> = { 'news-report': 'news report', analysis: 'analysis', 'op-ed': 'opinion piece', 'aggregated-blog': 'aggregated blog post' };
export function sourceRefLabel(data: Dataset, id: string, bracketed = false): string {
  const s = data.sources.find((x) => x.id === id);
  if (!s) return id;
  return bracketed ? `${id}, ${kindNoun[s.kind]}` : `${id} (${kindNoun[s.kind]})`;
}
export function asRead(data: Dataset, text: string): string {
  return text.replace(/(?<![A-Za-z0-9_-])s[0-9]+(?![A-Za-z0-9_-])/g, (id, at: number) => {
    if (!data.sources.some((x) => x.id === id)) return id;
    if (text[at + id.length] === '–' || text[at - 1] === '–') return id; // a range, "s0–s4" 
    return sourceRefLabel(data, id, text[at - 1] === '(' && text[at + id.length] === ')');
  });
}
