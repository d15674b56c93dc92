import { CareQuestionsRepo } from './careQuestionsRepo';
import { HearthDatabase } from './database';
import { GroupsRepo } from './groupsRepo';
import { JournalRepo } from './journalRepo';
import { MessagesRepo } from './messagesRepo';
import { SingletonsRepo } from './singletonsRepo';

/** Every repository over one database. Writes go through these; reads may use useLiveQuery. */
export interface Repositories {
  readonly db: HearthDatabase;
  readonly groups: GroupsRepo;
  readonly messages: MessagesRepo;
  readonly singletons: SingletonsRepo;
  readonly journal: JournalRepo;
  /** Questions for the person's next appointment. */
  readonly careQuestions: CareQuestionsRepo;
}

export function createRepositories(db: HearthDatabase, now: () => number = Date.now): Repositories {
  return {
    db,
    groups: new GroupsRepo(db, now),
    messages: new MessagesRepo(db, now),
    singletons: new SingletonsRepo(db),
    journal: new JournalRepo(db, now),
    careQuestions: new CareQuestionsRepo(db, now),
  };
}
