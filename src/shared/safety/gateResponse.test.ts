import { describe, expect, it } from 'vitest';
import { askAboutFor, decideResponse } from './gateResponse';

describe('decideResponse', () => {
  it('opens the panel for a crisis whatever else the verdict says', () => {
    expect(decideResponse({ level: 'crisis', categories: ['abuse'], reasons: [] })).toEqual({ response: 'panel' });
    expect(decideResponse({ level: 'crisis', categories: [], reasons: [], uncertain: true })).toEqual({ response: 'panel' });
  });

  it('asks when distress carries a category that can be asked about', () => {
    expect(decideResponse({ level: 'distress', categories: ['suicide'], reasons: [] })).toEqual({ response: 'ask', askAbout: 'self-harm' });
    expect(decideResponse({ level: 'distress', categories: ['overdose', 'suicide'], reasons: [] })).toEqual({ response: 'ask', askAbout: 'overdose' });
    expect(decideResponse({ level: 'distress', categories: ['medical-emergency'], reasons: [] })).toEqual({ response: 'ask', askAbout: 'emergency' });
  });

  it('lets the group answer distress with nothing to ask about, and a verdict the classifier marks certain', () => {
    expect(decideResponse({ level: 'distress', categories: [], reasons: [] })).toEqual({ response: 'group' });
    expect(decideResponse({ level: 'distress', categories: ['suicide'], reasons: [], uncertain: false })).toEqual({ response: 'group' });
    expect(decideResponse({ level: 'none', categories: ['suicide'], reasons: [], uncertain: true })).toEqual({ response: 'ask', askAbout: 'self-harm' });
  });

  it('asks about time-critical categories first', () => {
    expect(askAboutFor(['stopping-treatment', 'medical-emergency'])).toBe('emergency');
    expect(askAboutFor(['abuse', 'suicide'])).toBe('self-harm');
    expect(askAboutFor(['harm-to-others', 'abuse'])).toBe('abuse');
    expect(askAboutFor([])).toBeUndefined();
  });

  it('asks whether someone is hurting them, or whether they think of hurting someone, rather than staying silent', () => {
    expect(decideResponse({ level: 'distress', categories: ['abuse'], reasons: [] })).toEqual({ response: 'ask', askAbout: 'abuse' });
    expect(decideResponse({ level: 'distress', categories: ['harm-to-others'], reasons: [], uncertain: true })).toEqual({ response: 'ask', askAbout: 'harm-to-others' });
  });
});
