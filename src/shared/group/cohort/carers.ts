// Carers and parents: who they look after, how old that person is, and how the carer names them
// ("my daughter"). The cared-for person's age follows the condition's onset like any peer's would;
// the carer's age follows from the relationship.
import type { Gender, Language } from '@shared/domain';
import type { KnowledgePack } from '@shared/knowledge/packSchema';
import type { CaredForKind } from './challengeBank';
import type { AgeWindow } from './demographics';
import { onsetRange, startsInChildhood } from './packMaterial';
import type { Rng } from './random';

/** The person a carer looks after. */
export interface CaredFor {
  readonly kind: CaredForKind;
  /** Their gender, which picks the word ("daughter"/"son"). */
  readonly gender: Gender;
  readonly age: number;
}

const WORDS: Readonly<Record<CaredForKind, Readonly<Record<Gender, { en: string; es: string }>>>> = {
  child: { woman: { en: 'my daughter', es: 'mi hija' }, man: { en: 'my son', es: 'mi hijo' }, nonbinary: { en: 'my child', es: 'mi hije' } },
  'adult-child': { woman: { en: 'my daughter', es: 'mi hija' }, man: { en: 'my son', es: 'mi hijo' }, nonbinary: { en: 'my child', es: 'mi hije' } },
  partner: { woman: { en: 'my wife', es: 'mi mujer' }, man: { en: 'my husband', es: 'mi marido' }, nonbinary: { en: 'my partner', es: 'mi pareja' } },
  parent: { woman: { en: 'my mum', es: 'mi madre' }, man: { en: 'my dad', es: 'mi padre' }, nonbinary: { en: 'my parent', es: 'mi progenitor' } },
};

/** "my daughter", "mi marido"… */
export function caredForWords(who: CaredFor, language: Language): string {
  return WORDS[who.kind][who.gender][language];
}

/** How likely each relationship is for this condition: children for childhood conditions, parents for later-life ones. */
function relationOdds(pack: KnowledgePack | null): Record<CaredForKind, number> {
  if (!pack) return { partner: 0.45, child: 0.3, parent: 0.25, 'adult-child': 0 };
  const onset = pack.demographics.onsetAge;
  if (onset && onset.max < 18) return { child: 0.75, partner: 0.15, parent: 0.1, 'adult-child': 0 };
  if (startsInChildhood(pack)) return { child: 0.55, partner: 0.3, parent: 0.15, 'adult-child': 0 };
  const olderAge = (onset && onset.min >= 40) || ['heart', 'respiratory', 'kidney'].includes(pack.category);
  return olderAge ? { parent: 0.5, partner: 0.45, child: 0.05, 'adult-child': 0 } : { partner: 0.5, child: 0.25, parent: 0.25, 'adult-child': 0 };
}

/**
 * Who this carer looks after and how old both of them are, given how many years ago the diagnosis came.
 * `target` (the user's age wish) bounds the carer's own age when given.
 */
export function sampleCaredFor(rng: Rng, pack: KnowledgePack | null, years: number, target?: AgeWindow): { caredFor: CaredFor; carerAge: number } {
  const odds = relationOdds(pack);
  const kind = rng.weighted(['child', 'partner', 'parent'] as const, (k) => odds[k]);
  const gender = rng.weighted(['woman', 'man', 'nonbinary'] as const, (g) => (g === 'nonbinary' ? 0.03 : 0.485));
  const onset = onsetRange(pack);
  const childhood = pack ? startsInChildhood(pack) : false;
  let age: number;
  let carerAge: number;
  if (kind === 'child') {
    // A parent's child was diagnosed young: in childhood for conditions that start then, otherwise as a young adult.
    const onsetAge = childhood ? rng.int(onset.min < 16 ? onset.min : 1, Math.min(onset.max, 12)) : rng.int(Math.min(onset.min, 30), Math.min(onset.max, 30));
    age = Math.round(onsetAge + years);
    carerAge = age + rng.int(24, 38);
  } else if (kind === 'partner') {
    age = Math.max(20, Math.round(rng.int(onset.min, onset.max) + years));
    carerAge = Math.max(20, age + rng.int(-6, 6));
  } else {
    age = Math.max(62, Math.round(rng.int(onset.min, onset.max) + years));
    carerAge = age - rng.int(25, 35);
  }
  if (target) carerAge = Math.min(target.max, Math.max(target.min, carerAge));
  const caredAge = Math.min(100, Math.max(1, age));
  const finalKind: CaredForKind = kind === 'child' && caredAge >= 18 ? 'adult-child' : kind;
  return { caredFor: { kind: finalKind, gender, age: caredAge }, carerAge: Math.min(88, Math.max(20, carerAge)) };
}

/** A short background note for a carer: "parent of a 9-year-old", "caring for a partner". */
export function carerNote(who: CaredFor, language: Language): string {
  if (language === 'es') {
    if (who.kind === 'child' || who.kind === 'adult-child') return who.age < 18 ? `con ${who.gender === 'man' ? 'un hijo' : who.gender === 'woman' ? 'una hija' : 'une hije'} de ${who.age} años` : `con ${who.gender === 'man' ? 'un hijo adulto' : who.gender === 'woman' ? 'una hija adulta' : 'une hije adulte'}`;
    return who.kind === 'partner' ? 'cuida de su pareja' : 'cuida de su madre o padre mayor';
  }
  if (who.kind === 'child' || who.kind === 'adult-child') return who.age < 18 ? `parent of a ${who.age}-year-old` : 'parent of a grown-up child';
  return who.kind === 'partner' ? 'caring for a partner' : 'caring for an older parent';
}
