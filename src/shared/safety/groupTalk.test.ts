// Ordinary group talk through the full classifier (rules + learned models, as the renderer has them
// once loadSafety() resolves), in English and Spanish. Each line below was sent to the panel or the
// ask by an earlier state of the classifier (the group-round bench, the eval:model fake run, the s1
// author's out-of-fold false alarms); they are regression guards, and some are also in team-1's
// training set (group regression-guard-group-talk), so passing here is fit, not generalisation.
// Without risk-bearing evidence the model alone can at most ask (concepts/crisisReading.ts
// modelReach); burden alone is distress by the label spec, and a passive wish not to be here is a
// crisis in both languages.
import { describe, expect, it } from 'vitest';
import { checkAdvice } from './adviceGuard';
import { assessCrisis } from './assessCrisis';
import { conceptOfFeature } from './concepts/crisisEvidence';
import { readMessage } from './concepts/crisisReading';
import { decideResponse } from './gateResponse';
import { loadSafetySync } from './loadSafetySync';

loadSafetySync();

const responseTo = (text: string, recent: readonly string[] = []): string => decideResponse(assessCrisis(text, { recent: [...recent] })).response;

/** The bench's group round and the eval:model sessions: ordinary lines, alone and after the lines before them. */
const GROUP_TALK: readonly { text: string; recent?: readonly string[] }[] = [
  { text: 'Has anyone here told their family, and how did everyone handle it?' },
  { text: '¿Alguien aquí se lo ha contado a su familia, y cómo lo llevaron todos?' },
  { text: 'Thank you. It helps to hear that other people have been through this.' },
  {
    text: 'Thank you. It helps to hear that other people have been through this.',
    recent: ['Hi everyone. I was diagnosed a few weeks ago and I still feel a bit lost.', 'The tiredness is the hardest part for me right now. How do you all handle it at work?', 'My family means well, but they keep telling me what I should and should not do.'],
  },
  { text: 'Gracias. Me ayuda saber que otras personas han pasado por esto.' },
  { text: 'I have an appointment next week and I get nervous in them.' },
  { text: 'I have an appointment next week and I get nervous in them.', recent: ['I cancelled plans twice this week because I was exhausted.', 'My partner is supportive but I feel like a burden sometimes.', 'How did you all decide who to tell at work?'] },
  { text: 'Tengo una cita la semana que viene y me pongo nerviosa en las consultas.', recent: ['Esta semana cancelé planes dos veces porque estaba agotada.', 'Mi pareja me apoya, pero a veces siento que soy una carga.', '¿Cómo decidieron a quién contárselo en el trabajo?'] },
  { text: 'Aun así, el sueño sigue fatal.' },
  { text: 'Aun así, el sueño sigue fatal.', recent: ['Tengo una cita la semana que viene y me pongo nerviosa en las consultas.', '¿Qué les ayudó a sentir más control el primer año?', 'Probé a dar un paseo corto después de cenar, como dijo alguien, y estuvo bien.'] },
  { text: 'Esta semana cancelé planes dos veces porque estaba agotada.', recent: ['Lo primero que hice fue leer demasiado en internet por las noches.', '¿A alguien más le cuesta explicar a sus amigos cómo es esto?'] },
  { text: 'good morning everyone' },
  { text: 'buenos días a todos' },
];

/** The group-round bench's user lines (its seeded history) and the messages of its measured rounds. */
const BENCH_HISTORY = [
  'I was diagnosed last month and I still feel a bit lost.',
  'Does anyone else get really tired in the afternoon?',
  'My family keeps telling me what I can and cannot eat.',
  'I am worried about telling my boss.',
];
const BENCH_ROUND = [
  'Has anyone here told their family, and how did everyone handle it?',
  'How do you all cope with the tiredness at work, everyone?',
  'Does anyone else worry about what the future looks like, all of you?',
  'What did everyone find hardest in the first year?',
  'Has anyone found something that helps with the tiredness, everyone?',
];

/** Ordinary lines the model still doubts in context: the ask, never the panel (what is left, eval/README.md). */
const STILL_ASKED: readonly { text: string; recent?: readonly string[] }[] = [
  // Group until round 3's retrain (24 authors), the ask since (p 0.83): eval/README.md, "what is left".
  { text: 'Sleep is still a mess though.', recent: ['What helped you feel more in control in the first year?', 'I tried a short walk after dinner like someone said, and it was nice.'] },
  { text: 'My family means well, but they keep telling me what I should and should not do.', recent: ['Hi everyone. I was diagnosed a few weeks ago and I still feel a bit lost.', 'The tiredness is the hardest part for me right now. How do you all handle it at work?'] },
  // Round 4 (38 authors): "Does anyone else get really tired in the afternoon?" read with this whole
  // history (itself included) now opens the panel (eval/README.md, round 4, "what is left"); after any
  // one of these lines alone it stays with the group (below).
  ...[
    'I was diagnosed last month and I still feel a bit lost.',
    'My family keeps telling me what I can and cannot eat.',
    'I am worried about telling my boss.',
  ].map((text) => ({ text, recent: ['I was diagnosed last month and I still feel a bit lost.', 'Does anyone else get really tired in the afternoon?', 'My family keeps telling me what I can and cannot eat.', 'I am worried about telling my boss.'] })),
];

/** s1's short everyday lines that reached the panel out of fold. */
const SHORT_EVERYDAY = [
  'took my meds ✅', 'ya me tomé las pastillas', 'blood test tomorrow', 'mañana tengo análisis de sangre', "head's pounding", 'me late la cabeza',
  'hope you feel better soon', 'espero que te mejores pronto',
];

describe('ordinary group talk stays with the group', () => {
  it('group-round and eval:model lines, alone and after the lines before them', () => {
    for (const { text, recent } of GROUP_TALK) expect(responseTo(text, recent), text).toBe('group');
  });

  it("the group-round bench's messages alone (as the bench assesses them) stay with the group", () => {
    for (const text of BENCH_HISTORY) expect(responseTo(text), text).toBe('group');
    // After the seeded history, two still do not (eval/README.md, "what is left"): "Has anyone here
    // told their family…" gets the ask, and "Does anyone else worry about what the future looks
    // like…" opens the panel ("tired" in an earlier message is risk-bearing evidence).
    for (const text of BENCH_ROUND) expect(responseTo(text), text).toBe('group');
  });

  it('lines the model still doubts in context get the ask, never the panel', () => {
    for (const { text, recent } of STILL_ASKED) expect(responseTo(text, recent), text).not.toBe('panel');
  });

  it('an afternoon-tiredness question after one ordinary line stays with the group, and so does ordinary tiredness at work', () => {
    for (const before of ['I was diagnosed last month and I still feel a bit lost.', 'I am worried about telling my boss.']) expect(responseTo('Does anyone else get really tired in the afternoon?', [before])).toBe('group');
    expect(responseTo('I have been so tired this week and nobody at work gets it.')).toBe('group');
  });

  it('a weary word in an earlier message is not risk evidence on its own', () => {
    expect(responseTo('tonight feels heavy', ['work is tiring'])).toBe('group');
    expect(responseTo('esta noche pesa', ['el trabajo me deja agotada'])).toBe('group');
    expect(responseTo('I will see you all tomorrow')).toBe('group');
  });

  it("s1's short everyday false alarms", () => {
    for (const text of SHORT_EVERYDAY) expect(responseTo(text), text).toBe('group');
  });
});

describe('the same risk gets the same answer in English and Spanish', () => {
  it('burden alone is distress, not the panel, in both languages', () => {
    for (const text of ['I feel like a burden', 'siento que soy una carga', 'My partner is supportive but I feel like a burden sometimes.', 'Mi pareja me apoya, pero a veces siento que soy una carga.']) {
      const verdict = assessCrisis(text);
      expect(verdict.level, text).not.toBe('crisis');
      expect(decideResponse(verdict).response, text).not.toBe('panel');
    }
  });

  it('a short "I feel like a burden" gets the same answer in English and Spanish', () => {
    const pairs = [['I feel like a burden', 'siento que soy una carga'], ['I feel like such a burden', 'me siento una carga']] as const;
    for (const [en, es] of pairs) expect(responseTo(es), es).toBe(responseTo(en));
  });

  it('burden to everyone stays a crisis in both languages', () => {
    for (const text of ["I'm a burden to everyone", 'soy una carga para mi familia']) expect(responseTo(text), text).toBe('panel');
  });

  it('nobody noticing if I were not here opens the panel in both languages', () => {
    const lines = ["nobody would notice if I wasn't here", 'nadie notaría si yo no estuviera', 'Some days I feel like nobody would notice if I was gone.', 'Algunos días siento que nadie notaría si yo no estuviera.'];
    for (const text of lines) expect(responseTo(text, ['Hi. It has been a really heavy month.', 'Hola. Ha sido un mes muy duro.']), text).toBe('panel');
    for (const text of lines.slice(0, 3)) expect(responseTo(text), text).toBe('panel');
    // What is left (eval/README.md): alone, the long Spanish line is a rule crisis the round-3 network
    // doubts (p 0.35, the English 1.000), so it gets the direct question, never the group.
    expect(responseTo(lines[3] ?? '')).toBe('ask');
  });
});

describe('lexicon', () => {
  /** Every concept a message holds, however its clause marks it. */
  const concepts = (text: string): Set<string> => new Set(readMessage(text).features.flatMap((f) => conceptOfFeature(f) ?? []));

  it('"mor…" names death in Spanish only, not "morning" or "more"', () => {
    expect(concepts('good morning everyone').has('death')).toBe(false);
    expect(concepts('I need more sleep').has('death')).toBe(false);
    expect(concepts('me quiero morir').has('death')).toBe(true);
    expect(concepts('me voy a morir de pena').has('death')).toBe(true);
  });

  it('emergency phrases are red flags, not harm to others', () => {
    for (const text of ['no puedo respirar', 'tengo dolor en el pecho', 'coughing up blood']) {
      expect(concepts(text).has('harm-other'), text).toBe(false);
      expect(concepts(text).has('red-flag'), text).toBe(true);
    }
    expect(concepts('lo voy a matar').has('harm-other')).toBe(true);
  });

  it('a bare "cannot" is not hopelessness, and "last month" is not finality', () => {
    expect(concepts('My family keeps telling me what I can and cannot eat.').has('hopeless')).toBe(false);
    expect(concepts('I cannot go on like this').has('hopeless')).toBe(true);
    expect(concepts('I was diagnosed last month').has('finality')).toBe(false);
    expect(concepts('this is my last message').has('finality')).toBe(true);
  });
});

describe('the advice guard lets validation through in both languages', () => {
  it('"it is okay" about feelings is not a safety claim', () => {
    const previous = 'A mí me ayudó llevar una libreta con los días buenos y los malos.';
    for (const text of ['Algunas semanas todavía son difíciles, y está bien.', "Some weeks are still hard, and that's okay.", 'Some weeks are still hard, and that is okay.']) {
      expect(checkAdvice(text).advice, text).toBe(false);
      expect(checkAdvice(text, { previous }).advice, text).toBe(false);
    }
  });
});
