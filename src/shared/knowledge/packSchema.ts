import { z } from 'zod';

/** A short stable identifier: lowercase letters, digits and dashes. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes');

/** ISO 3166-1 alpha-2 country code, or "INTL" for something that applies everywhere. */
export const CountryCode = z.string().regex(/^([A-Z]{2}|INTL)$/, 'use a two-letter country code or INTL');

/** Where a fact comes from. A URL is only used once it has been confirmed to exist. */
export const Source = z.object({
  id: Slug,
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
  checked: z.iso.date(),
});
export type Source = z.infer<typeof Source>;

const sourceIds = z.array(Slug).min(1, 'every fact needs at least one source');

/** The day someone last confirmed the statement against its sources; `packs:check` flags it as stale after 18 months. */
export const CheckedDate = z.iso.date();

/** One statement in our own words, saying no more than its sources do. */
export const Fact = z.object({
  id: Slug,
  text: z.string().min(10).max(600),
  sources: sourceIds,
  checked: CheckedDate,
});
export type Fact = z.infer<typeof Fact>;

export const Treatment = z.object({
  id: Slug,
  name: z.string().min(2),
  /** Drug class or kind of treatment, e.g. "biguanide", "biologic (anti-TNF)", "talking therapy". */
  class: z.string().min(2),
  /** What it is for, in plain words. */
  purpose: Fact,
  sideEffects: z.array(Fact),
  /** Practical self-management points that the source itself gives. */
  selfManagement: z.array(Fact),
});
export type Treatment = z.infer<typeof Treatment>;

export const CoOccurring = Fact.extend({
  name: z.string().min(2),
  /** The id of another pack for this condition, when there is one. */
  packId: Slug.optional(),
});
export type CoOccurring = z.infer<typeof CoOccurring>;

export const Demographics = z.object({
  /** Typical age range at diagnosis, only where a source gives it. */
  onsetAge: Fact.extend({ min: z.number().int().min(0).max(100), max: z.number().int().min(0).max(110) })
    .refine((a) => a.min <= a.max, 'onsetAge.min must not exceed onsetAge.max')
    .optional(),
  /** Share of people with the condition who are female (0–1), only where a source gives it. */
  femaleShare: Fact.extend({ value: z.number().min(0).max(1) }).optional(),
  /** Differences by background, ethnicity or region, as the sources state them. */
  notes: z.array(Fact),
});
export type Demographics = z.infer<typeof Demographics>;

export const LifeTopicKind = z.enum(['work', 'school', 'disclosure', 'rights', 'benefits', 'relationships', 'travel', 'pregnancy', 'driving', 'mental-health', 'carers']);
export const LifeTopic = Fact.extend({
  topic: LifeTopicKind,
  country: CountryCode,
});
export type LifeTopic = z.infer<typeof LifeTopic>;

export const SupportOffer = z.enum(['online', 'in-person', 'one-to-one', 'helpline', 'carers', 'information', 'young-people']);
export const Organisation = z.object({
  id: Slug,
  name: z.string().min(2),
  /** What it offers people, in our words. */
  text: z.string().min(10).max(400),
  offers: z.array(SupportOffer).min(1),
  country: CountryCode,
  url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
  sources: sourceIds,
  checked: CheckedDate,
});
export type Organisation = z.infer<typeof Organisation>;

export const PackCategory = z.enum([
  'metabolic', 'autoimmune', 'digestive', 'infection', 'mental-health', 'kidney', 'pain', 'neurological',
  'respiratory', 'heart', 'blood', 'reproductive', 'skin', 'post-viral', 'musculoskeletal', 'other',
]);

/** A condition's knowledge pack: every fact in it carries the ids of its sources. */
export const KnowledgePack = z.object({
  schemaVersion: z.literal(1),
  id: Slug,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0'),
  name: z.string().min(2),
  /** The condition's everyday name in other interface languages ("migraña"); facts stay in English. */
  localNames: z.object({ es: z.string().min(2) }).partial().optional(),
  /** Other names, abbreviations and lay terms people type ("T2D", "sugar diabetes"). */
  synonyms: z.array(z.string().min(2)).min(1),
  category: PackCategory,
  sources: z.array(Source).min(1),
  overview: z.array(Fact).min(1),
  experiences: z.array(Fact).min(1),
  treatments: z.array(Treatment),
  coOccurring: z.array(CoOccurring),
  demographics: Demographics,
  lifeTopics: z.array(LifeTopic),
  organisations: z.array(Organisation),
});
export type KnowledgePack = z.infer<typeof KnowledgePack>;
