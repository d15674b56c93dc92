import type { Group, Member } from '@shared/domain';

/** The pack id of a citation key ("<packId>/<factId>"). */
const packOf = (key: string): string => key.split('/')[0] ?? '';

/**
 * The packs and library topics a group's retrieval searches, and so the only ones its session loads: the
 * group's condition and the Navigator's second condition; for a cross-condition group, every member's own
 * condition (not every pack Hearth ships).
 */
export function groupKnowledgeIds(group: Group, members: readonly Member[]): string[] {
  const ids = new Set<string>();
  if (group.conditionId) ids.add(group.conditionId);
  for (const { persona } of members) {
    if (persona.coOccurring?.factKey) ids.add(packOf(persona.coOccurring.factKey));
    if (group.format === 'cross-condition' && persona.conditionPackId) ids.add(persona.conditionPackId);
  }
  ids.delete('');
  return [...ids];
}
