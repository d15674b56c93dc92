import { describe, expect, it } from 'vitest';
import { parseReview, reviewFormat } from './modelReview';
import { TRIAGE_FORMAT, parseTriage, raiseByTriage, type TriageVerdict } from './modelTriage';

const calm: TriageVerdict = { risk: 'none', emergency: false, medical: false, addressed: [] };

describe('model triage', () => {
  it('sends a JSON schema with the four fields, each of which may be left out', () => {
    expect(TRIAGE_FORMAT).toMatchObject({ type: 'object', properties: { risk: {}, emergency: {}, medical: {}, addressed: {} } });
    expect((TRIAGE_FORMAT as { required?: unknown }).required ?? []).toEqual([]);
  });

  it('reads a verdict ({} is "nothing applies"), and nothing from malformed or mis-shaped output', () => {
    expect(parseTriage('{}')).toEqual(calm);
    expect(parseTriage(JSON.stringify({ ...calm, medical: true }))).toMatchObject({ medical: true });
    expect(parseTriage('{"risk":"unclear"}')).toEqual({ ...calm, risk: 'unclear' });
    expect(parseTriage('{"verdict":"fine"}')).toBeUndefined();
    expect(parseTriage('{"risk":"none","emergency":fal')).toBeUndefined();
    expect(parseTriage('{"risk":"maybe","emergency":false,"medical":false,"addressed":[]}')).toBeUndefined();
    expect(parseTriage('[]')).toBeUndefined();
  });

  it('raises one step at a time and never lowers', () => {
    const group = { response: 'group' as const, categories: [] };
    expect(raiseByTriage(group, calm)).toMatchObject({ response: 'group', raised: false });
    expect(raiseByTriage(group, { ...calm, risk: 'high' })).toMatchObject({ response: 'ask', askAbout: 'self-harm', raised: true });
    expect(raiseByTriage(group, { ...calm, emergency: true })).toMatchObject({ response: 'ask', askAbout: 'emergency', categories: ['medical-emergency'] });
    const ask = { response: 'ask' as const, askAbout: 'self-harm' as const, categories: ['suicide' as const] };
    expect(raiseByTriage(ask, { ...calm, risk: 'unclear' })).toMatchObject({ response: 'ask', raised: false });
    expect(raiseByTriage(ask, { ...calm, risk: 'high' })).toMatchObject({ response: 'panel', raised: true });
    expect(raiseByTriage(ask, calm)).toMatchObject({ response: 'ask' });
    const panel = { response: 'panel' as const, categories: ['suicide' as const] };
    expect(raiseByTriage(panel, calm)).toMatchObject({ response: 'panel', raised: false });
  });
});

describe('model review', () => {
  it('asks for exactly one verdict per sentence', () => {
    expect(reviewFormat(3)).toMatchObject({ type: 'array', minItems: 3, maxItems: 3 });
  });

  it('holds the sentences it flags, and fails on anything else', () => {
    expect(parseReview('["ok","advice","ok"]', 3)).toEqual({ verdicts: ['ok', 'advice', 'ok'], held: [1] });
    expect(parseReview('["ok","ok"]', 3)).toBeUndefined();
    expect(parseReview('["ok","rude","ok"]', 3)).toBeUndefined();
    expect(parseReview('{"verdicts":["ok","ok","ok"]}', 3)).toBeUndefined();
    expect(parseReview('["ok",', 3)).toBeUndefined();
  });
});
