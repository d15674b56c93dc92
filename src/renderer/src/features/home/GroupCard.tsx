import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '@shared/domain';
import { useNavigation } from '@renderer/services/navigation';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import styles from './Home.module.css';

type Mode = 'idle' | 'rename' | 'leave' | 'delete';

/** One of the person's groups: continue it, rename it, leave it (kept, hidden) or delete it for good. */
export function GroupCard({ group }: { readonly group: Group }) {
  const { t, i18n } = useTranslation();
  const { repos } = useServices();
  const go = useNavigation((s) => s.go);
  const [mode, setMode] = useState<Mode>('idle');
  const [title, setTitle] = useState(group.title);
  const titleId = useId();
  const count = useLiveQuery(() => repos.messages.count(group.id), [repos, group.id], 0);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(group.updatedAt);
  const headingId = `group-${group.id}`;

  return (
    <li className={`${styles.card} ${styles.group}`} aria-labelledby={headingId} data-testid="group-card">
      <div className={styles.groupHead}>
        <h3 id={headingId} className={styles.groupTitle}>
          {group.title}
        </h3>
        <p className={styles.groupMeta}>
          {t(`home.formats.${group.format}`)} · {t('home.group.messages', { count })} · {t('home.group.lastActive', { when })}
        </p>
      </div>
      {mode === 'rename' ? (
        <form
          className={styles.renameForm}
          onSubmit={(e) => {
            e.preventDefault();
            void repos.groups.rename(group.id, title).then(() => setMode('idle'));
          }}
        >
          <div className={styles.field}>
            <label className={styles.label} htmlFor={titleId}>
              {t('home.group.newName')}
            </label>
            <input id={titleId} className={styles.input} value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} autoFocus />
          </div>
          <Button type="submit" variant="primary">
            {t('home.group.save')}
          </Button>
          <Button onClick={() => setMode('idle')}>{t('home.group.cancel')}</Button>
        </form>
      ) : mode === 'leave' || mode === 'delete' ? (
        <div className={styles.confirm} role="group" aria-label={t(`home.group.${mode}Confirm`, { title: group.title })}>
          <p>{t(`home.group.${mode}Confirm`, { title: group.title })}</p>
          <Button
            variant={mode === 'delete' ? 'help' : 'primary'}
            autoFocus
            onClick={() => void (mode === 'delete' ? repos.groups.delete(group.id) : repos.groups.leave(group.id))}
          >
            {t(`home.group.${mode}Yes`)}
          </Button>
          <Button onClick={() => setMode('idle')}>{t('home.group.keep')}</Button>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button variant="primary" onClick={() => go({ name: 'group', groupId: group.id })} aria-describedby={headingId}>
            {t('home.group.continue')}
          </Button>
          <Button variant="ghost" onClick={() => setMode('rename')} aria-describedby={headingId}>
            {t('home.group.rename')}
          </Button>
          <Button variant="ghost" onClick={() => setMode('leave')} aria-describedby={headingId}>
            {t('home.group.leave')}
          </Button>
          <Button variant="ghost" onClick={() => setMode('delete')} aria-describedby={headingId}>
            {t('home.group.delete')}
          </Button>
        </div>
      )}
    </li>
  );
}
