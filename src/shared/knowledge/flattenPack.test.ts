import { describe, expect, it } from 'vitest';
import { flattenPack } from './flattenPack';
import { samplePack } from '@tests/support/samplePack';

describe('flattenPack', () => {
  it('lists every citable item once, in pack order, with kinds and resolved sources', () => {
    const facts = flattenPack(samplePack());
    expect(facts.map((f) => `${f.kind}:${f.id}`)).toEqual([
      'overview:ov-what', 'experience:exp-fatigue', 'experience:exp-stomach', 'treatment:samplezole-purpose',
      'side-effect:samplezole-headache', 'self-management:samplezole-alcohol', 'co-occurring:co-low-mood',
      'demographic:demo-age', 'life:life-work', 'organisation:org-example',
    ]);
    const headache = facts.find((f) => f.id === 'samplezole-headache');
    expect(headache).toMatchObject({ key: 'sample-condition/samplezole-headache', treatmentId: 'samplezole', treatmentName: 'Samplezole', origin: 'bundled' });
    expect(headache?.sources.map((s) => s.url)).toEqual(['https://www.nhs.uk/medicines/samplezole/']);
    expect(facts.find((f) => f.id === 'life-work')).toMatchObject({ topic: 'work', country: 'GB' });
    expect(facts.find((f) => f.id === 'org-example')).toMatchObject({ name: 'Example Charity', url: 'https://www.example-charity.org/groups' });
  });

  it('marks every fact of an imported pack as imported', () => {
    expect(new Set(flattenPack(samplePack(), 'imported').map((f) => f.origin))).toEqual(new Set(['imported']));
  });

  it('skips unknown source ids rather than throwing', () => {
    const pack = samplePack();
    pack.overview[0]!.sources = ['nope', 'src-overview'];
    expect(flattenPack(pack)[0]?.sources.map((s) => s.id)).toEqual(['src-overview']);
  });
});
