// The shape of a group before anyone is drawn: which roles it has, whose condition each peer lives
// with, and which peers follow the user's "people like me" wishes.
import type { GroupFormat, GroupPreferences, Role, UserProfile } from '@shared/domain';
import type { KnowledgePack } from '@shared/knowledge/packSchema';
import { earliestOnset, wishedAges } from './demographics';
import { maxYearsWith, startsInChildhood } from './packMaterial';
import { Rng } from './random';

/** Every role, in the order the group lists them. */
export const ROLES: readonly Role[] = ['mirror', 'veteran', 'navigator', 'ally', 'specialist', 'facilitator'];

/** The roles a format has: a buddy chat is one peer (the Mirror) with the facilitator in the background. */
export function rolesFor(format: GroupFormat): readonly Role[] {
  return format === 'buddy' ? ['mirror', 'facilitator'] : ROLES;
}

/** A peer's condition: a pack, or only a label when Hearth has no pack for it. */
export interface ConditionChoice {
  readonly pack: KnowledgePack | null;
  readonly label: string;
}

/**
 * Whose condition each peer lives with. Cross-condition groups give every peer a different condition
 * (the Veteran one that can start in childhood, so 15+ years fits a young adult); elsewhere everyone,
 * the facilitator included, shares the group's condition: a condition nobody in the group lives with
 * (HIV in an Ehlers-Danlos group) does not belong in its conversation, and for stigmatised conditions
 * it is exactly the wrong thing to hear uninvited.
 */
export function assignConditions(
  seed: number,
  format: GroupFormat,
  profile: UserProfile,
  pack: KnowledgePack | null,
  packs: readonly KnowledgePack[],
): Map<Role, ConditionChoice> {
  // Peers name conditions in the user's language where the pack has a local name.
  const label = (p: KnowledgePack): string => (profile.language === 'es' ? p.localNames?.es : undefined) ?? p.name;
  const own: ConditionChoice = { pack, label: pack ? label(pack) : profile.conditionLabel };
  const others = Rng.for(seed, 'conditions').shuffle(packs.filter((p) => p.id !== pack?.id && p.id !== profile.conditionId));
  const out = new Map<Role, ConditionChoice>();
  for (const role of rolesFor(format)) out.set(role, own);
  const take = (prefer?: (p: KnowledgePack) => boolean): ConditionChoice | undefined => {
    const i = prefer ? others.findIndex(prefer) : 0;
    const [chosen] = others.splice(i >= 0 ? i : 0, 1);
    return chosen ? { pack: chosen, label: label(chosen) } : undefined;
  };
  if (format === 'cross-condition') {
    // Young adults: skip conditions that typically start after 30 while others remain.
    others.sort((a, b) => Number((a.demographics.onsetAge?.min ?? 0) > 30) - Number((b.demographics.onsetAge?.min ?? 0) > 30));
    out.set('veteran', take((p) => startsInChildhood(p) && maxYearsWith(p) >= 15) ?? own);
    for (const role of ['navigator', 'ally', 'specialist', 'facilitator'] as const) out.set(role, take() ?? own);
    return out;
  }
  return out;
}

/** The preference dimensions a peer may follow. */
export type WishDimension = 'age' | 'gender' | 'setting' | 'lifeStage' | 'background';

/** Whether the user expressed a wish on this dimension. */
export function hasWish(prefs: GroupPreferences, dim: WishDimension): boolean {
  switch (dim) {
    case 'age':
      return prefs.self?.age !== undefined || prefs.ageRange !== undefined;
    case 'gender':
      return prefs.self?.gender !== undefined || (prefs.genders?.length ?? 0) > 0;
    case 'setting':
      return prefs.setting !== undefined;
    case 'lifeStage':
      return prefs.lifeStage !== undefined;
    case 'background':
      return (prefs.background ?? '').trim().length > 0;
  }
}

/**
 * Who follows each wish: the Mirror always, and all but one of the other peers, so a group is mostly
 * like the user and still has some variety. The facilitator keeps their own profile. When the age wish
 * leaves no room for 15+ years with the condition, the Veteran is the one who keeps their own age.
 */
export function followers(seed: number, roles: readonly Role[], prefs: GroupPreferences, pack: KnowledgePack | null): Map<WishDimension, Set<Role>> {
  const out = new Map<WishDimension, Set<Role>>();
  const peers = roles.filter((r) => r !== 'mirror' && r !== 'facilitator');
  for (const dim of ['age', 'gender', 'setting', 'lifeStage', 'background'] as const) {
    if (!hasWish(prefs, dim)) {
      out.set(dim, new Set());
      continue;
    }
    let order = Rng.for(seed, 'follow', dim).shuffle(peers);
    if (dim === 'age' && order.includes('veteran')) {
      const window = wishedAges(prefs, false);
      if (window && window.max - earliestOnset(pack) < 15) order = [...order.filter((r) => r !== 'veteran'), 'veteran'];
    }
    const follow = new Set<Role>(['mirror', ...order.slice(0, Math.max(0, order.length - 1))]);
    out.set(dim, follow);
  }
  return out;
}
