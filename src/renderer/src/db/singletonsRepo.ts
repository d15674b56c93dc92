import { defaultSettings, type AppSettings, type CrisisState, type SafetyPlan, type UserProfile } from '@shared/domain';
import { SINGLETON, type HearthDatabase } from './database';

/** The one-of-a-kind rows: the user's profile, settings, safety plan and crisis state. */
export class SingletonsRepo {
  constructor(private readonly db: HearthDatabase) {}

  async profile(): Promise<UserProfile | undefined> {
    const row = await this.db.profile.get(SINGLETON);
    if (!row) return undefined;
    const { id: _id, ...profile } = row;
    return profile;
  }

  saveProfile(profile: UserProfile): Promise<string> {
    return this.db.profile.put({ ...profile, id: SINGLETON });
  }

  async settings(): Promise<AppSettings> {
    const row = await this.db.settings.get(SINGLETON);
    if (!row) return defaultSettings;
    const { id: _id, ...settings } = row;
    return { ...defaultSettings, ...settings };
  }

  async updateSettings(changes: Partial<AppSettings>): Promise<AppSettings> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const next = { ...(await this.settings()), ...changes };
      await this.db.settings.put({ ...next, id: SINGLETON });
      return next;
    });
  }

  async safetyPlan(): Promise<SafetyPlan | undefined> {
    const row = await this.db.safetyPlan.get(SINGLETON);
    if (!row) return undefined;
    const { id: _id, ...plan } = row;
    return plan;
  }

  saveSafetyPlan(plan: SafetyPlan): Promise<string> {
    return this.db.safetyPlan.put({ ...plan, id: SINGLETON });
  }

  async crisisState(): Promise<CrisisState> {
    const row = await this.db.crisisState.get(SINGLETON);
    if (!row) return { active: false, categories: [] };
    const { id: _id, ...state } = row;
    return state;
  }

  /** A crisis was detected: remember it (categories only, never text) until the user dismisses the banner. */
  async recordCrisis(categories: readonly string[], at: number): Promise<CrisisState> {
    return this.db.transaction('rw', this.db.crisisState, async () => {
      const prev = await this.crisisState();
      const next: CrisisState = { active: true, categories: [...new Set([...prev.categories, ...categories])], detectedAt: at };
      await this.db.crisisState.put({ ...next, id: SINGLETON });
      return next;
    });
  }

  async dismissCrisis(at: number): Promise<void> {
    await this.db.transaction('rw', this.db.crisisState, async () => {
      const prev = await this.crisisState();
      await this.db.crisisState.put({ ...prev, active: false, dismissedAt: at, id: SINGLETON });
    });
  }
}
