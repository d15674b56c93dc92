import { useDeferredValue, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/domain';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { excerptFor, type HistoryHit } from './historyExcerpt';
import styles from './Home.module.css';

/** Full-text search across every group's history, on this computer only. */
export function HistorySearch({ groups }: { readonly groups: readonly Group[] }) {
  const { t, i18n } = useTranslation();
  const { repos, history } = useServices();
  const go = useNavigation((s) => s.go);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  // Results belong to the query they answer, so an emptied box shows none without a state reset.
  const [found, setFound] = useState<{ readonly query: string; readonly hits: readonly HistoryHit[] } | null>(null);
  const hits = deferred.trim() && found?.query === deferred ? found.hits : null;
  const inputId = useId();

  useEffect(() => {
    if (!deferred.trim()) return;
    let live = true;
    // The in-memory index (built from decrypted messages after unlock) finds them; the newest
    // matches are then read through the repositories for their excerpts.
    void history
      .search(deferred, { limit: 200 })
      .then(async (found) => {
        const messages = (await repos.db.messages.bulkGet(found.map((f) => f.id))).flatMap((m) => (m ? [m] : []));
        const newest = messages.sort((a, b) => b.createdAt - a.createdAt).slice(0, 30);
        if (live) setFound({ query: deferred, hits: newest.map((m) => ({ messageId: m.id, groupId: m.groupId, createdAt: m.createdAt, excerpt: excerptFor(m.text, deferred) })) });
      })
      .catch(() => live && setFound({ query: deferred, hits: [] }));
    return () => {
      live = false;
    };
  }, [deferred, repos, history]);

  const titleOf = (groupId: string) => groups.find((g) => g.id === groupId)?.title ?? t('home.search.leftGroup');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title" className={styles.sectionTitle}>
        {t('home.search.title')}
      </h2>
      <div className={styles.field} role="search">
        <label className={styles.label} htmlFor={inputId}>
          {t('home.search.label')}
        </label>
        <input id={inputId} className={styles.input} type="search" value={query} onChange={(e) => setQuery(e.target.value)} data-testid="history-search" />
      </div>
      <p className="visually-hidden" role="status">
        {hits ? t('home.search.count', { count: hits.length }) : ''}
      </p>
      {hits && hits.length === 0 ? <p className={styles.muted}>{t('home.search.none')}</p> : null}
      {hits && hits.length > 0 ? (
        <ul className={styles.hits} aria-label={t('home.search.results')}>
          {hits.map((hit) => (
            <li key={hit.messageId}>
              <button type="button" className={styles.hit} onClick={() => go({ name: 'group', groupId: hit.groupId })}>
                <span>{hit.excerpt}</span>
                <span className={styles.hitMeta}>
                  {titleOf(hit.groupId)} · {date.format(hit.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
