import type { DBCore, Middleware } from 'dexie';
import type { Message } from '@shared/domain';
import type { HistoryIndex } from './historyIndex';

/**
 * Keeps the in-memory history index in step with writes to the messages table. It sits above the
 * encryption middleware, so it sees plaintext; it only ever feeds memory.
 */
export function searchFeedMiddleware(index: HistoryIndex, feed: { isLive(): boolean; onRangeDeleted(): void }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'HearthSearchFeed',
    level: 5,
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'messages') return table;
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).then((res) => {
              if (!feed.isLive()) return res;
              if (req.type === 'add' || req.type === 'put') index.upsert(req.values as Message[]);
              else if (req.type === 'delete') index.remove(req.keys as string[]);
              else feed.onRangeDeleted();
              return res;
            }),
        };
      },
    }),
  };
}
