// A library topic seen as a knowledge pack, so the conversation engine, citations and the cohort factory
// treat it like any pack — labelled 'library' wherever it is cited. Only what the summary says goes in:
// no treatments, no co-occurring conditions, no organisations, and no demographic figures (no onset age,
// no female share, no notes), so the cohort factory falls back to its neutral, uncited ranges instead of
// inventing statistics for a condition.
import type { Fact, KnowledgePack } from '../packSchema';
import { LIBRARY_PUBLISHER, type LibraryTopic } from './libraryTopic';

const SOURCE_ID = 'medlineplus-topic';

/** Summary sentences about how the condition shows itself in daily life: the material for peers' stories. */
const LIVED = /symptom|sign|feel|pain|tired|fatigue|sleep|mood|breath|cough|itch|rash|swell|dizz|nause|vomit|diarrh|cramp|ache|stiff|weak|fever|síntoma|signo|siente|dolor|cansancio|fatiga|sueño|ánimo|respira|tos|picaz|sarpullido|hinchaz|mareo|náusea|vómito|diarrea|calambre|rigidez|debilidad|fiebre/i;

/**
 * MedlinePlus titles are in Title Case ("High Blood Pressure"); packs and peers' sentences use sentence case
 * ("High blood pressure"). Later words that are plain capitalised words are lowered; acronyms, words with
 * digits and possessive names ("Parkinson's") keep their capitals.
 */
export function sentenceCaseTitle(title: string): string {
  return title
    .split(' ')
    .map((word, i) => (i > 0 && /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) ? word.toLowerCase() : word))
    .join(' ');
}

/** Overview and experiences without a fact in both (every fact id stays unique in the pack). */
function split(facts: readonly Fact[], lived: readonly Fact[]): Pick<KnowledgePack, 'overview' | 'experiences'> {
  if (lived.length === 0) return { overview: facts.slice(1), experiences: facts.slice(0, 1) };
  return { overview: facts.filter((f) => !lived.includes(f)), experiences: [...lived] };
}

/** The topic as a pack with one source: the topic's own MedlinePlus page. */
export function topicPack(topic: LibraryTopic): KnowledgePack {
  const facts: Fact[] = topic.facts.map((f) => ({ id: f.id, text: f.text, sources: [SOURCE_ID], checked: topic.checked }));
  const lived = facts.filter((f) => LIVED.test(f.text));
  const synonyms = topic.names.filter((n) => n.length >= 2);
  return {
    schemaVersion: 1,
    id: topic.id,
    version: '1.0.0',
    name: sentenceCaseTitle(topic.title),
    synonyms: synonyms.length > 0 ? synonyms : [topic.title],
    category: 'other',
    sources: [{ id: SOURCE_ID, title: topic.title, publisher: LIBRARY_PUBLISHER, url: topic.url, checked: topic.checked }],
    // Sentences about daily life feed peers' stories as experiences; the rest stay citable as overview.
    // A summary with none of the first kind lends its opening sentence, so peers have something to say.
    ...split(facts, lived),
    treatments: [],
    coOccurring: [],
    demographics: { notes: [] },
    lifeTopics: [],
    organisations: [],
  };
}
