import { describe, expect, it } from 'vitest';
import type { TriageVerdict } from '@shared/safety/modelTriage';
import type { SafetyPort } from './ports';
import { SafetyGate } from './safetyGate';

// A pinned deterministic layer: what it says per message is the subject of the classifiers' own
// tests; here the gate's own logic is under test.
const port = (assess: SafetyPort['assess'], secondOpinion?: SafetyPort['secondOpinion']): SafetyPort => ({
  assess,
  adviceFlags: () => [],
  isCrisisUnsafe: () => false,
  crisisWords: () => '',
  adviceRedirectWords: () => '',
  ...(secondOpinion ? { secondOpinion } : {}),
});
const byText: SafetyPort['assess'] = (text) =>
  /crisis/.test(text) ? { level: 'crisis', categories: ['suicide'] } : /unsure/.test(text) ? { level: 'distress', categories: ['suicide'] } : /sad/.test(text) ? { level: 'distress', categories: [] } : { level: 'none', categories: [] };
const triage = (fields: Partial<TriageVerdict>) => async (): Promise<TriageVerdict> => ({ risk: 'none', emergency: false, medical: false, addressed: [], ...fields });

describe('the safety gate', () => {
  const gate = new SafetyGate(port(byText));

  it('decides panel, ask or group from the deterministic layers', async () => {
    expect(gate.rules({ text: 'crisis', recent: [] })).toMatchObject({ response: 'panel', categories: ['suicide'] });
    expect(gate.rules({ text: 'unsure', recent: [] })).toMatchObject({ response: 'ask', askAbout: 'self-harm' });
    expect(gate.rules({ text: 'sad', recent: [] })).toMatchObject({ response: 'group', level: 'distress' });
    expect(gate.rules({ text: 'hello', recent: [] })).toMatchObject({ response: 'group', level: 'none' });
  });

  it('never asks the triage about a panel, and the triage only raises, one step at a time', async () => {
    let asked = 0;
    const counted = async () => {
      asked += 1;
      return triage({ risk: 'none' })();
    };
    expect(await gate.decide({ text: 'crisis', recent: [], path: 'new', triage: counted })).toMatchObject({ response: 'panel' });
    expect(asked).toBe(0);
    expect(await gate.decide({ text: 'hello', recent: [], path: 'new', triage: triage({ risk: 'high' }) })).toMatchObject({ response: 'ask', source: 'triage' });
    expect(await gate.decide({ text: 'unsure', recent: [], path: 'new', triage: triage({ risk: 'high' }) })).toMatchObject({ response: 'panel', source: 'triage' });
    expect(await gate.decide({ text: 'unsure', recent: [], path: 'new', triage: triage({ risk: 'none' }) })).toMatchObject({ response: 'ask', source: 'rules' });
    expect(await gate.decide({ text: 'hello', recent: [], path: 'new', triage: async () => undefined })).toMatchObject({ response: 'group', source: 'rules' });
  });

  it('passes the triage’s medical reading and addressees on to the turn', async () => {
    const verdict = await gate.decide({ text: 'hello Rosa', recent: [], path: 'new', triage: triage({ medical: true, addressed: ['Rosa'] }) });
    expect(verdict).toMatchObject({ response: 'group', medical: true, addressed: ['Rosa'] });
  });

  it('reads an answer to the question: yes or worrying → panel, no → group, unclear → once more, then help stays', async () => {
    const asking = { askAbout: 'self-harm' as const, unclearAnswers: 0 };
    expect(gate.rules({ text: 'Yes', recent: [], asking })).toMatchObject({ response: 'panel', answer: 'yes', categories: ['suicide'] });
    expect(gate.rules({ text: 'No', recent: [], asking })).toMatchObject({ response: 'group', answer: 'no' });
    expect(gate.rules({ text: 'no, but unsure', recent: [], asking })).toMatchObject({ response: 'panel' });
    expect(gate.rules({ text: 'what time is it', recent: [], asking })).toMatchObject({ response: 'ask', answer: 'unclear' });
    expect(gate.rules({ text: 'what time is it', recent: [], asking: { ...asking, unclearAnswers: 1 } })).toMatchObject({ response: 'group', answer: 'decline' });
    expect(gate.rules({ text: "I'd rather not say", recent: [], asking })).toMatchObject({ response: 'group', answer: 'decline' });
    expect(gate.rules({ text: 'yes', recent: [], asking: { askAbout: 'overdose', unclearAnswers: 0 } })).toMatchObject({ response: 'panel', categories: ['overdose'] });
    // A "no" the triage doubts is asked once more; one it finds dangerous opens the panel.
    expect(await gate.decide({ text: 'No', recent: [], path: 'answer', asking, triage: triage({ risk: 'unclear' }) })).toMatchObject({ response: 'ask', answer: 'unclear' });
    expect(await gate.decide({ text: 'No', recent: [], path: 'answer', asking, triage: triage({ risk: 'high' }) })).toMatchObject({ response: 'panel' });
  });

  it('lets an installed guard model raise an ambiguous message one step, never lower one', async () => {
    const guarded = new SafetyGate(port(byText, async () => ({ level: 'crisis', categories: ['suicide'] })));
    expect(await guarded.decide({ text: 'sad', recent: [], path: 'new' })).toMatchObject({ response: 'ask', source: 'guard' });
    expect(await guarded.decide({ text: 'unsure', recent: [], path: 'new' })).toMatchObject({ response: 'panel', source: 'guard' });
    const calm = new SafetyGate(port(byText, async () => ({ level: 'none', categories: [] })));
    expect(await calm.decide({ text: 'unsure', recent: [], path: 'new' })).toMatchObject({ response: 'ask' });
    const broken = new SafetyGate(port(byText, async () => Promise.reject(new Error('down'))));
    expect(await broken.decide({ text: 'unsure', recent: [], path: 'new' })).toMatchObject({ response: 'ask' });
  });

  it('reads the person’s recent messages, so risk spread over two messages is caught', () => {
    const spread = new SafetyGate(port((text, recent) => (recent.some((r) => /pills/.test(r)) && /tonight/.test(text) ? { level: 'crisis', categories: ['suicide'] } : { level: 'none', categories: [] })));
    expect(spread.rules({ text: 'ok so tonight then', recent: [] }).response).toBe('group');
    expect(spread.rules({ text: 'ok so tonight then', recent: ['I have been saving my pills'] }).response).toBe('panel');
  });

  it('waits for the full classifier before deciding, and decides with the rules when the wait fails', async () => {
    let full = false;
    let finish = (): void => undefined;
    const loading = new Promise<void>((resolve) => {
      finish = () => {
        full = true;
        resolve();
      };
    });
    // Before the load the port only has the rules, which miss this message; after it, the full classifier sees it.
    const waiting = new SafetyGate({ ...port((text) => (full && /quiet/.test(text) ? { level: 'crisis', categories: ['suicide'] } : byText(text, []))), ready: () => loading });
    const verdict = waiting.decide({ text: 'a quiet goodbye', recent: [], path: 'new' });
    finish();
    expect(await verdict).toMatchObject({ response: 'panel', categories: ['suicide'] });
    const failing = new SafetyGate({ ...port(byText), ready: () => Promise.reject(new Error('chunk failed')) });
    expect(await failing.decide({ text: 'crisis', recent: [], path: 'new' })).toMatchObject({ response: 'panel' });
  });
});
