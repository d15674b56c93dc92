// Short messages through the full classifier (rules + learned models, as the renderer has them once
// loadSafety() resolves). Every short training line was a crisis line, so the network alone sent
// "my head hurts" and "and my feet hurt" to the panel (p = 1.000) and "hi" to the ask; the evidence
// requirement (concepts/crisisEvidence.ts) keeps a message with no risk-bearing concept at the rules'
// reading, while short crisis messages still open the panel. Longer messages are left to the model.
import { describe, expect, it } from 'vitest';
import { assessCrisis } from './assessCrisis';
import { hasRiskEvidence } from './concepts/crisisEvidence';
import { LONG_WITHOUT_EVIDENCE, modelReach, SHORT_MESSAGE_WORDS } from './concepts/crisisReading';
import { decideResponse } from './gateResponse';
import { loadSafetySync } from './loadSafetySync';

loadSafetySync();

const responseTo = (text: string, recent: readonly string[] = []): string => decideResponse(assessCrisis(text, { recent: [...recent] })).response;

const EVERYDAY = [
  'my head hurts', 'and my feet hurt', 'my legs hurt', 'my stomach hurts', 'back pain again', 'hi', 'hello', 'hey everyone', 'thanks', 'ok',
  'ok tonight then', 'see you tomorrow', 'good morning everyone', 'bad day', 'flare day', 'so tired today', 'lol same',
  'hola', 'me duele la cabeza', 'me duelen los pies', 'me duele la espalda', 'gracias', 'buenas noches', 'hasta manana', 'que tal',
];

const CRISIS = ['i want to die', 'took the whole bottle', 'cant breathe rn', 'quiero morirme', 'me tome todo el frasco', 'no puedo respirar', 'kms'];

describe('short messages', () => {
  it('short everyday lines (English and Spanish) get neither the panel nor the ask', () => {
    for (const text of EVERYDAY) expect(responseTo(text), text).toBe('group');
  });

  it('short crisis lines open the panel', () => {
    for (const text of CRISIS) expect(responseTo(text), text).toBe('panel');
  });

  it('a short reply after crisis messages keeps its evidence from them', () => {
    const recent = ['i cant do this anymore', 'i have all my pills saved up'];
    expect(modelReach('ok tonight then', recent)).toBe('panel');
    expect(modelReach('ok tonight then')).toBe('none');
    expect(responseTo('ok tonight then', recent)).not.toBe('group');
  });

  it('gives a longer message without evidence the reach chosen by cross-validation, a short one none', () => {
    const long = 'we went to the park and the kids played on the swings all afternoon';
    expect(long.split(' ').length).toBeGreaterThan(SHORT_MESSAGE_WORDS);
    expect(modelReach(long)).toBe(LONG_WITHOUT_EVIDENCE);
    expect(modelReach('we went to the park today')).toBe('none');
    expect(modelReach('we went to the park and then I took every pill I had saved')).toBe('panel');
  });
});

describe('hasRiskEvidence', () => {
  it('counts a risk concept alone, and the paired ones only in pairs', () => {
    expect(hasRiskEvidence(new Set(['death']))).toBe(true);
    expect(hasRiskEvidence(new Set(['pain', 'symptom']))).toBe(false);
    expect(hasRiskEvidence(new Set(['glucose']))).toBe(false);
    expect(hasRiskEvidence(new Set(['glucose', 'symptom']))).toBe(true);
    expect(hasRiskEvidence(new Set(['quantity']))).toBe(false);
    expect(hasRiskEvidence(new Set(['quantity', 'ingest']))).toBe(true);
    expect(hasRiskEvidence(new Set(['symptom', 'severity']))).toBe(true);
  });

  it('counts weariness, rest, solitude, burden and medicines only two together, never one alone', () => {
    for (const weak of ['tired', 'sleep', 'alone', 'burden', 'medicine', 'treatment']) expect(hasRiskEvidence(new Set([weak, 'now', 'severity'])), weak).toBe(false);
    expect(hasRiskEvidence(new Set(['wish', 'sleep']))).toBe(true);
    expect(hasRiskEvidence(new Set(['tired', 'burden']))).toBe(true);
    expect(hasRiskEvidence(new Set(['tired', 'alone']))).toBe(true);
  });
});
