import { z } from 'zod';
import { CountryCode, Slug, Source } from './packSchema';

/** What kind of help a line gives; the crisis panel picks lines by the category of risk. */
export const LineKind = z.enum(['crisis', 'poison', 'abuse', 'emergency', 'non-urgent-medical', 'directory']);
export type LineKind = z.infer<typeof LineKind>;

/**
 * A phone number as dialled locally: digits, spaces, dashes and a leading plus, or a short code
 * that starts with a star (Chile's suicide prevention line is *4141).
 */
const PhoneNumber = z.string().regex(/^(?:\+?[0-9][0-9 -]{1,18}[0-9]|\*[0-9]{2,6})$/, 'digits, spaces and dashes only (or a *short code)');

export const HelpLine = z.object({
  id: Slug,
  kind: LineKind,
  name: z.string().min(2),
  /** One line on who it is for and when, in our words. */
  description: z.string().min(5).max(300),
  call: PhoneNumber.optional(),
  text: z.object({ number: PhoneNumber, keyword: z.string().min(1).optional() }).optional(),
  chat: z.url({ protocol: /^https$/ }).optional(),
  website: z.url({ protocol: /^https$/ }).optional(),
  /** BCP-47 language codes the line answers in. */
  languages: z.array(z.string().min(2)).min(1),
  hours: z.string().min(2),
  sources: z.array(Slug).min(1),
}).refine((l) => l.call || l.text || l.chat || l.website, 'a line needs a way to reach it');
export type HelpLine = z.infer<typeof HelpLine>;

export const CountryHelp = z.object({
  country: CountryCode,
  name: z.string().min(2),
  /** The number for police, ambulance and fire. */
  emergency: PhoneNumber,
  emergencySources: z.array(Slug).min(1),
  lines: z.array(HelpLine).min(1),
});
export type CountryHelp = z.infer<typeof CountryHelp>;

/**
 * The date a cited page itself carries (published or last updated), as precisely as the page gives it:
 * YYYY, YYYY-MM or YYYY-MM-DD. Unlike `checked` (when we last read the page) it says how old the
 * information on the page is: a 2016 article can be re-read today and still be from 2016.
 */
export const PageDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((d) => {
    if (d.length < 10) return true;
    const day = new Date(`${d}T00:00:00Z`);
    // Date rolls 2023-02-30 over to March; the round trip catches it.
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(d);
  }, 'not a day of the calendar');
export type PageDate = z.infer<typeof PageDate>;

/** A source of the crisis data: a pack source plus, where the stored page shows one, the page's own date. */
export const CrisisSource = Source.extend({
  /** Absent where the page shows no date; never estimated. */
  pageDate: PageDate.optional(),
});
export type CrisisSource = z.infer<typeof CrisisSource>;

/** Crisis and emergency lines by country, with a fallback for countries not covered. */
export const CrisisLines = z.object({
  schemaVersion: z.literal(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  sources: z.array(CrisisSource).min(1),
  countries: z.array(CountryHelp).min(1),
  fallback: z.object({
    /** Shown when the user's country is not covered: call your local emergency number. */
    emergencyHint: z.string().min(5),
    lines: z.array(HelpLine).min(1),
  }),
});
export type CrisisLines = z.infer<typeof CrisisLines>;
