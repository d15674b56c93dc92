import { describe, expect, it } from 'vitest';
import { CrisisCategory } from './crisisTypes';
import { ADVICE_REDIRECT_VARIANTS, adviceRedirect } from './adviceRedirect';
import { ScriptLanguage, crisisScript, distressScript, facilitatorScriptFor, leadCategory } from './crisisScript';

const ON_SCREEN: Record<ScriptLanguage, RegExp> = { en: /on your screen/i, es: /(?:en|de) (?:tu )?pantalla/i };
const RETURN: Record<ScriptLanguage, RegExp> = { en: /\b(?:we'll be|we're|will be) (?:right )?here|group will be here/i, es: /aquí (?:estaremos|estamos)|seguirá aquí|seguiremos aquí/i };
// Safe-messaging guidance: no means or methods in crisis words, and never "committed".
const METHOD_WORDS = /\b(?:pills?|rope|hang|jump|bridge|gun|knife|blade|razor|overdose|noose|poison(?! help)|pastillas|cuerda|puente|arma|cuchillo)\b/i;

describe('crisisScript', () => {
  for (const language of ScriptLanguage.options) {
    for (const category of CrisisCategory.options) {
      it(`${language} ${category}: short, warm, points to the lines on screen, invites back`, () => {
        const text = crisisScript(category, language);
        expect(text.split(/\s+/).length).toBeLessThanOrEqual(80);
        expect(text).toMatch(ON_SCREEN[language]);
        expect(text).toMatch(RETURN[language]);
        expect(text).not.toMatch(/commit(?:ted)? suicide|se suicid[oó]/i);
        expect(text).not.toMatch(METHOD_WORDS);
      });
    }
  }

  it('urges the emergency number where minutes matter', () => {
    expect(crisisScript('medical-emergency')).toMatch(/emergency number now/);
    expect(crisisScript('overdose')).toMatch(/even if you feel all right/);
    expect(crisisScript('overdose', 'es')).toMatch(/aunque ahora te sientas bien/);
  });

  it('mentions the quick-exit key for abuse', () => {
    expect(crisisScript('abuse')).toMatch(/quick-exit/);
  });

  it('speaks of hope for suicide', () => {
    expect(crisisScript('suicide')).toMatch(/can ease with support/);
  });
});

describe('facilitatorScriptFor', () => {
  it('picks the most urgent category', () => {
    expect(leadCategory(['suicide', 'overdose'])).toBe('overdose');
    expect(leadCategory(['abuse', 'medical-emergency'])).toBe('medical-emergency');
    expect(leadCategory([])).toBeNull();
  });

  it('scripts crisis and distress, and stays out of "none"', () => {
    expect(facilitatorScriptFor({ level: 'crisis', categories: ['self-harm'], reasons: [] })).toBe(crisisScript('self-harm'));
    expect(facilitatorScriptFor({ level: 'crisis', categories: [], reasons: [] }, 'es')).toBe(crisisScript('suicide', 'es'));
    expect(facilitatorScriptFor({ level: 'distress', categories: [], reasons: [] })).toBe(distressScript());
    expect(facilitatorScriptFor({ level: 'none', categories: [], reasons: [] })).toBeNull();
  });

  it('distress keeps the group going and resources in view', () => {
    expect(distressScript()).toMatch(/support lines/);
    expect(distressScript()).toMatch(/\?$/);
    expect(distressScript('es')).toMatch(/líneas de apoyo/);
  });
});

describe('crisis words fit a one-to-one buddy chat as well as a group', () => {
  it('no crisis or distress script, and no advice redirect, names "the group"', () => {
    for (const language of ['en', 'es'] as const) {
      const lines = [...CrisisCategory.options.map((c) => crisisScript(c, language)), distressScript(language), ...Array.from({ length: ADVICE_REDIRECT_VARIANTS }, (_, i) => adviceRedirect(language, i))];
      for (const line of lines) expect(line).not.toMatch(/\bthe group\b|\bthis group\b|\bel grupo\b|\beste grupo\b/i);
    }
  });
});
