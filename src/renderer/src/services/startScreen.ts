import type { Repositories } from '../db/repositories';
import type { Screen } from './navigation';

/**
 * Where the app opens: home for someone who has been here before, the welcome (with its AI
 * disclosure) for a first launch. Replies cut off by a crash or close are marked interrupted first.
 */
export async function prepareStart(repos: Repositories): Promise<Screen> {
  await repos.messages.markStreamingInterrupted();
  const profile = await repos.singletons.profile();
  return profile ? { name: 'home' } : { name: 'welcome' };
}
