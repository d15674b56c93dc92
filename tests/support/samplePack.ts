// A small, valid pack for tests of the knowledge machinery. Its wording is deliberately generic: it exists
// to exercise the code paths (every section, treatment names, lay vocabulary), not to be shown to anyone.
import type { KnowledgePack } from '@shared/knowledge/packSchema';

/** Domains the sample pack's URLs use. */
export const SAMPLE_ALLOWED_DOMAINS: readonly string[] = ['nhs.uk', 'example-charity.org'];

/** A fresh copy of the sample pack, safe to mutate in a test. */
export function samplePack(): KnowledgePack {
  const checked = '2026-11-21';
  return {
    schemaVersion: 1,
    id: 'sample-condition',
    version: '1.0.0',
    name: 'Sample condition',
    synonyms: ['SC', 'sample illness'],
    category: 'other',
    sources: [
      { id: 'src-overview', title: 'Sample overview page', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/sample/', checked },
      { id: 'src-medicine', title: 'Samplezole medicine page', publisher: 'NHS', url: 'https://www.nhs.uk/medicines/samplezole/', checked },
      { id: 'src-charity', title: 'Living with the sample condition', publisher: 'Example Charity', url: 'https://www.example-charity.org/living', checked },
    ],
    overview: [{ id: 'ov-what', text: 'The sample condition is a long-term illness that affects energy and digestion.', sources: ['src-overview'], checked }],
    experiences: [
      { id: 'exp-fatigue', text: 'Fatigue that rest does not fix is the most common complaint.', sources: ['src-overview'], checked },
      { id: 'exp-stomach', text: 'Nausea and an upset stomach come and go.', sources: ['src-overview'], checked },
    ],
    treatments: [{
      id: 'samplezole', name: 'Samplezole', class: 'proton pump blocker',
      purpose: { id: 'samplezole-purpose', text: 'Samplezole reduces acid so the gut can heal.', sources: ['src-medicine'], checked },
      sideEffects: [{ id: 'samplezole-headache', text: 'Headaches are a common side effect in the first week.', sources: ['src-medicine'], checked }],
      selfManagement: [{ id: 'samplezole-alcohol', text: 'The leaflet suggests keeping alcohol low while taking it.', sources: ['src-medicine'], checked }],
    }],
    coOccurring: [{ id: 'co-low-mood', name: 'Depression', packId: 'depression', text: 'Low mood is more common in people with the condition.', sources: ['src-charity'], checked }],
    demographics: { notes: [{ id: 'demo-age', text: 'It is usually diagnosed between ages 20 and 40.', sources: ['src-overview'], checked }] },
    lifeTopics: [{ id: 'life-work', topic: 'work', country: 'GB', text: 'Many people tell their employer so that they can get flexible hours.', sources: ['src-charity'], checked }],
    organisations: [{
      id: 'org-example', name: 'Example Charity', text: 'Runs online peer groups for people with the condition.',
      offers: ['online'], country: 'GB', url: 'https://www.example-charity.org/groups', sources: ['src-charity'], checked,
    }],
  };
}
