import { describe, expect, it } from 'vitest';
import { AdviceCheck, checkAdvice, checkAdviceByRules, type AdviceFlag } from './adviceGuard';
import { loadSafetySync } from './loadSafetySync';

// The learned models, as the renderer has them once loadSafety() resolves.
loadSafetySync();

const flagged = (sentence: string, previous?: string): AdviceFlag[] => checkAdvice(sentence, previous ? { previous } : {}).flags;

describe('checkAdvice flags', () => {
  it.each<[AdviceFlag, string]>([
    ['medication-change', 'You should stop taking the methotrexate.'],
    ['medication-change', 'Just skip your prednisone tomorrow.'],
    ['medication-change', 'Try doubling your dose when the flare hits.'],
    ['medication-change', 'Honestly, ditch the metformin.'],
    ['medication-change', 'Why not just take an extra one?'],
    ['medication-change', 'Go ahead and take two of them instead of one.'],
    ['medication-change', 'If your INR is 4 just skip tonight’s warfarin.'],
    ['dose-instruction', 'Take 40 mg in the morning and 20 at night.'],
    ['dose-instruction', 'The right dose for someone your size is about 10 units.'],
    ['dose-instruction', 'You should be on at least 2000 mg of metformin.'],
    ['diagnosis', 'You definitely have gastroparesis.'],
    ['diagnosis', "It's probably just anxiety, not your heart."],
    ['diagnosis', "Sounds to me like you're in a flare, not a stomach bug."],
    ['diagnosis', 'That rash is a drug reaction.'],
    ['result-interpretation', 'An A1c of 8 means you need to increase your insulin.'],
    ['result-interpretation', 'Your potassium is fine, so eat all the bananas you want.'],
    ['discourages-care', "You don't need a doctor for that."],
    ['discourages-care', "Don't bother going to the ER."],
    ['discourages-care', 'Skip the specialist, they never help.'],
    ['discourages-care', 'Doctors just want to sell you pills.'],
    ['unproven-cure', 'Apple cider vinegar cured my diabetes, it will cure yours.'],
    ['unproven-cure', 'Homeopathy works better than insulin.'],
    ['product-promotion', 'Use my code HEAL20 for 20% off.'],
    ['product-promotion', 'Order the Nutrix capsules from their website.'],
    ['unsafe-safety-claim', "It's totally safe to drink alcohol with methotrexate."],
    ['unsafe-safety-claim', 'Tylenol is harmless, take as much as you want.'],
    ['disguised-advice', "If I were you, I'd stop the methotrexate."],
    ['disguised-advice', 'Hypothetically, someone could just take two at once.'],
    ['disguised-advice', "Not medical advice, but you should come off the prednisone."],
  ])('%s: %s', (flag, sentence) => {
    expect(flagged(sentence)).toContain(flag);
  });

  it('flags Spanish advice', () => {
    for (const s of ['Deberías dejar de tomar la metformina.', 'Toma el doble de la dosis.', 'No necesitas ir al médico.', 'Tienes diabetes, seguro.', 'El vinagre de manzana cura la diabetes.', 'Si yo fuera tú, dejaría los esteroides.']) {
      expect(checkAdvice(s).advice, s).toBe(true);
    }
  });

  it('flags a follow-up that completes the previous sentence', () => {
    expect(flagged('Honestly, just do it.', 'Have you tried stopping it?')).toContain('medication-change');
    // The rule reads the sentence before; whether the learned model also holds a nudge towards journaling is measured in the eval, not pinned here.
    expect(checkAdviceByRules('Honestly, just do it.', { previous: 'Have you tried journaling?' }).flags).toEqual([]);
  });
});

describe('checkAdvice passes', () => {
  it.each([
    "I'm on 20 mg of prednisone and the moon face was rough.",
    'I take 1000 mg of metformin twice a day and the stomach stuff settled.',
    'I skipped a dose once by accident and felt awful, so now I use a pill box.',
    'My rheumatologist lowered my dose to 15 mg when my liver numbers went up.',
    'My doctor told me it was safe for me to exercise again after six weeks.',
    'My consultant said my results meant we could try reducing the steroids.',
    'Your doctor is the best person to say whether you should stop it.',
    'Please don’t change anything before talking to your doctor.',
    'Ask your doctor before you stop or start anything.',
    'Only your doctor can say if it’s safe to skip it.',
    'Take it one day at a time, you’re doing better than you think.',
    'You should be proud of how far you’ve come.',
    'Stop being so hard on yourself.',
    "It's okay to take a break from the group whenever you need.",
    'According to MedlinePlus, nausea is a common side effect of methotrexate [1].',
    'Yo tomo 20 mg de prednisona y la cara hinchada fue lo peor.',
    'Pregúntale a tu farmacéutico antes de cambiar nada.',
  ])('%s', (sentence) => {
    expect(checkAdvice(sentence)).toEqual({ advice: false, flags: [], reasons: [] });
  });
});

describe('checkAdvice output', () => {
  it('always matches its schema and never echoes the sentence', () => {
    for (const s of ['', 'You should stop your insulin, Maria.', '💊💊', 'x'.repeat(3000)]) {
      const result = checkAdvice(s);
      expect(AdviceCheck.safeParse(result).success).toBe(true);
      expect(result.reasons.join(' ')).not.toMatch(/maria/i);
    }
  });
});

describe('a peer recognising something from their own life', () => {
  it('passes: "sounds familiar" is lived experience, not a diagnosis (the model alone once held it)', () => {
    for (const s of ['That tiredness sounds so familiar.', 'The brain fog sounds so familiar.', 'Oh, that sounds all too familiar!', 'Ese cansancio me suena tanto.', 'Eso me suena muy familiar.']) {
      expect(checkAdvice(s).advice, s).toBe(false);
    }
  });

  it('still flags a sentence that goes on to name a diagnosis or tell someone what to take', () => {
    for (const s of ['That rash sounds familiar, it is shingles, get acyclovir.', 'Sounds familiar, you should double your dose.', 'That sounds like lupus to me.']) {
      expect(checkAdvice(s).advice, s).toBe(true);
    }
  });
});
