import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueFor } from '@renderer/i18n';
import { markdownLabels } from './markdownLabels';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { en: { translation: catalogueFor('en') }, es: { translation: catalogueFor('es') } }, lng: 'en', interpolation: { escapeValue: false } });
});

describe('Markdown export labels', () => {
  it('says time since diagnosis in words, not "0.42 years"', () => {
    const en = markdownLabels(i18n.getFixedT('en'));
    expect(en.sinceDiagnosis(0.42)).toBe('about 5 months since diagnosis');
    expect(en.sinceDiagnosis(0.05)).toBe('about 1 month since diagnosis');
    expect(en.sinceDiagnosis(1.04)).toBe('1 year since diagnosis');
    expect(en.sinceDiagnosis(12.4)).toBe('12 years since diagnosis');
    const es = markdownLabels(i18n.getFixedT('es'));
    expect(es.sinceDiagnosis(0.42)).toBe('unos 5 meses desde el diagnóstico');
    expect(es.sinceDiagnosis(7.6)).toBe('8 años desde el diagnóstico');
    expect(en.members).toBe(i18n.getFixedT('en')('privacy.markdown.members'));
  });
});
