import { describe, expect, it } from 'vitest';
import { assessCrisisByRules as assessCrisis } from './assessCrisis';
import { ALL_RULES, findSignals } from './crisisSignals';
import { IDIOMS, blankIdioms } from './idioms';
import { normalizeText } from './normalize';
import { IDIOM_EXAMPLES, RULE_EXAMPLES } from '@tests/support/ruleExamples';

describe('every crisis rule fires on its own example', () => {
  it('has an example for every rule', () => {
    const missing = ALL_RULES.map((r) => r.id).filter((id) => !(id in RULE_EXAMPLES));
    expect(missing).toEqual([]);
  });

  it('has unique rule ids', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of ALL_RULES) {
    it(`${rule.id} (${rule.strength})`, () => {
      const example = RULE_EXAMPLES[rule.id] ?? '';
      const found = findSignals(example).signals.map((s) => s.id);
      expect(found).toContain(rule.id);
      if (rule.strength === 'crisis') expect(assessCrisis(example).level).toBe('crisis');
    });
  }
});

describe('every idiom is blanked and does not route', () => {
  it('has an example for every idiom', () => {
    expect(IDIOMS.map((i) => i.id).filter((id) => !(id in IDIOM_EXAMPLES))).toEqual([]);
  });

  for (const idiom of IDIOMS) {
    it(idiom.id, () => {
      const example = IDIOM_EXAMPLES[idiom.id] ?? '';
      expect(blankIdioms(normalizeText(example)).found).toContain(idiom.id);
      expect(assessCrisis(example).level).not.toBe('crisis');
    });
  }

  it('keeps the literal wish next to a figure of speech', () => {
    expect(assessCrisis('this flare is killing me and honestly I want to die').level).toBe('crisis');
  });

  it('does not treat a partner threat as a joke', () => {
    expect(assessCrisis('he will kill me if he finds out I told you').level).toBe('crisis');
  });
});

describe('context cues', () => {
  it('negation cancels a self-harm statement in its clause only', () => {
    expect(assessCrisis("I'd never hurt myself").level).toBe('none');
    expect(findSignals("I'd never hurt myself").cancelled).toContain('negated:self-injury');
    expect(assessCrisis("I'm not sure why, but I want to hurt myself").level).toBe('crisis');
  });

  it('negation inside a rule does not cancel it', () => {
    expect(assessCrisis("I don't want to live anymore").level).toBe('crisis');
  });

  it('"cannot stop" and "not sure" are not negations', () => {
    expect(assessCrisis("I can't stop thinking about killing myself").level).toBe('crisis');
    expect(assessCrisis("I don't know, I just want to die").level).toBe('crisis');
  });

  it('"yet" undoes a negation', () => {
    expect(assessCrisis("I'm not going to kill myself yet").level).toBe('crisis');
  });

  it('topic cues cancel generic nouns but not first-person intent', () => {
    expect(assessCrisis('we covered suicidal thoughts in my psychology class').level).toBe('none');
    expect(assessCrisis('after that documentary I want to kill myself').level).toBe('crisis');
  });

  it('urgency outweighs a question form for acute events', () => {
    expect(assessCrisis('does anyone else get chest pain with lupus?').level).toBe('none');
    expect(assessCrisis('does anyone know what to do, I have chest pain right now').level).toBe('crisis');
    expect(assessCrisis("what are the chances it's a heart attack? my chest hurts so much").level).toBe('crisis');
    expect(assessCrisis('is chest pain a side effect of the new drug?').level).toBe('none');
  });

  it('past and resolved wording cancels acute events', () => {
    expect(assessCrisis('I had chest pain last year').level).toBe('none');
    expect(assessCrisis('my chest pain turned out to be nothing').level).toBe('none');
  });

  it('habits cancel acute events', () => {
    expect(assessCrisis('I get short of breath on stairs').level).toBe('none');
  });

  it('past acts read as history (distress), and as nothing once recovered', () => {
    expect(assessCrisis('I used to self harm in high school').level).toBe('distress');
    expect(assessCrisis("I used to self harm in high school and I'm proud of how far I've come").level).toBe('none');
  });

  it('counts an English word once, not again as Spanish', () => {
    const ids = findSignals('suicide').signals.map((s) => s.id);
    expect(ids).not.toContain('es-suicide-word');
    expect(assessCrisis('my aunt died by suicide when I was young and I still think about her').level).not.toBe('crisis');
  });

  it('a recent attempt is not history', () => {
    expect(assessCrisis('I attempted suicide last month').level).toBe('crisis');
    expect(assessCrisis('I attempted suicide years ago').level).toBe('distress');
  });

  it('accidents explain injuries', () => {
    expect(assessCrisis('I cut myself chopping onions').level).toBe('none');
    expect(assessCrisis('I cut myself on purpose').level).toBe('crisis');
  });

  it("the care team's decision makes stopping a plan", () => {
    expect(assessCrisis('my nephrologist and I decided to stop dialysis').level).not.toBe('crisis');
    expect(assessCrisis("I'm stopping dialysis, I'm done").level).toBe('crisis');
  });

  it('reads blood glucose numbers', () => {
    expect(findSignals('blood sugar is 38').signals.map((s) => s.id)).toContain('glucose-critical-low');
    expect(assessCrisis('blood sugar is 38').level).toBe('crisis');
    expect(findSignals('blood sugar is 50').signals.map((s) => s.id)).toContain('glucose-severe-low');
    expect(findSignals('my sugar is 2.4').signals.map((s) => s.id)).toContain('glucose-severe-low');
    expect(findSignals('bg 520').signals.map((s) => s.id)).toContain('glucose-very-high');
    expect(findSignals('my sugar was 180 after lunch').signals).toEqual([]);
    expect(findSignals('my sugar was 40 last year').signals).toEqual([]);
  });
});
