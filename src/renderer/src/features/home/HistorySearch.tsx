import { useDeferredValue, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../../shared/domain';
import { useNavigation } from '../../app/navigation';
import { useServices } from '../../app/ServicesContext';
import { searchHistory, type HistoryHit } from './historySearch';
import styles from './Home.module.css';

/** Full-text search across every group's history, on this computer only. */
export function HistorySearch({ groups }: { readonly groups: readonly Group[] }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const go = useNavigation((s) => s.go);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const [hits, setHits] = useState<readonly HistoryHit[] | null>(null);
  const inputId = useId();

  useEffect(() => {
    if (!deferred.trim()) return setHits(null);
    let live = true;
    // Messages are read through the repositories, so they arrive decrypted when a passphrase is set.
    void repos.db.messages.toArray().then((messages) => {
      if (live) setHits(searchHistory(messages, deferred));
    });
    return () => {
      live = false;
    };
  }, [deferred, repos]);

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
