import { z } from 'zod';
import type { Fact, KnowledgePack, Source } from './packSchema';

/** What part of a pack a citable fact comes from; the conversation engine picks facts by kind. */
export const FactKind = z.enum([
  'overview', 'experience', 'treatment', 'side-effect', 'self-management', 'co-occurring', 'demographic', 'life', 'organisation',
]);
export type FactKind = z.infer<typeof FactKind>;

/**
 * Whether a pack ships with Hearth, was imported by the user or an organisation, or is a topic of the
 * public-domain health library (MedlinePlus) the person added. Imported and library facts are labelled
 * as such wherever they are cited.
 */
export const PackOrigin = z.enum(['bundled', 'imported', 'library']);
export type PackOrigin = z.infer<typeof PackOrigin>;

/** One citable statement with its sources resolved, as the conversation engine cites it. */
export interface FlatFact {
  /** Globally unique citation key: "<packId>/<factId>". */
  readonly key: string;
  readonly packId: string;
  readonly packName: string;
  /** Imported and library facts are labelled as such wherever they are cited. */
  readonly origin: PackOrigin;
  readonly id: string;
  readonly kind: FactKind;
  readonly text: string;
  readonly sources: readonly Source[];
  readonly treatmentId?: string;
  /** Treatment name and class, kept so retrieval can match "metformin" or "SSRI". */
  readonly treatmentName?: string;
  readonly treatmentClass?: string;
  /** Name of a co-occurring condition or an organisation. */
  readonly name?: string;
  readonly topic?: string;
  readonly country?: string;
  /** An organisation's own web address. */
  readonly url?: string;
}

type Extra = Partial<Pick<FlatFact, 'treatmentId' | 'treatmentName' | 'treatmentClass' | 'name' | 'topic' | 'country' | 'url'>>;

/** Turns a pack into its flat list of citable facts, in pack order, with source ids resolved to sources. */
export function flattenPack(pack: KnowledgePack, origin: PackOrigin = 'bundled'): FlatFact[] {
  const sourcesById = new Map(pack.sources.map((s) => [s.id, s]));
  const out: FlatFact[] = [];
  const push = (fact: Pick<Fact, 'id' | 'text' | 'sources'>, kind: FactKind, extra: Extra = {}): void => {
    // Unknown source ids are reported by packRules; here they are simply skipped so flattening never throws.
    const sources = fact.sources.map((id) => sourcesById.get(id)).filter((s): s is Source => s !== undefined);
    out.push({ key: `${pack.id}/${fact.id}`, packId: pack.id, packName: pack.name, origin, id: fact.id, kind, text: fact.text, sources, ...extra });
  };

  for (const f of pack.overview) push(f, 'overview');
  for (const f of pack.experiences) push(f, 'experience');
  for (const t of pack.treatments) {
    const extra = { treatmentId: t.id, treatmentName: t.name, treatmentClass: t.class };
    push(t.purpose, 'treatment', extra);
    for (const f of t.sideEffects) push(f, 'side-effect', extra);
    for (const f of t.selfManagement) push(f, 'self-management', extra);
  }
  for (const c of pack.coOccurring) push(c, 'co-occurring', { name: c.name });
  const d = pack.demographics;
  if (d.onsetAge) push(d.onsetAge, 'demographic');
  if (d.femaleShare) push(d.femaleShare, 'demographic');
  for (const f of d.notes) push(f, 'demographic');
  for (const l of pack.lifeTopics) push(l, 'life', { topic: l.topic, country: l.country });
  for (const o of pack.organisations) push(o, 'organisation', { name: o.name, country: o.country, url: o.url });
  return out;
}
