import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { renderGroupMarkdown, serializeGroupExport, type ImportProblem } from '../../../../shared/exchange';
import type { Group } from '../../../../shared/domain';
import { useServices } from '../../services/ServicesContext';
import { exportGroup, importGroup } from '../../db/exchangeRepo';
import { Button } from '../../ui/Button';
import { markdownLabels } from './markdownLabels';
import { readImportFile } from './importFile';
import { exportFileName, saveFile } from '../../services/saveFile';
import styles from './Privacy.module.css';

type Notice = { kind: 'imported' } | { kind: 'deleted' } | { kind: 'problem'; problem: ImportProblem };

/** Each group: save it as Markdown to read, as JSON to bring back, or delete it. And import a JSON file. */
export function ExportImport() {
  const { t } = useTranslation();
  const { store, repos } = useServices();
  const groups = useLiveQuery(() => repos.groups.active(), [repos]);
  const [confirming, setConfirming] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const fileId = useId();

  const save = async (group: Group, as: 'markdown' | 'json') => {
    const doc = await exportGroup(store.db, group.id);
    if (!doc) return;
    if (as === 'json') saveFile(exportFileName(new Date(), 'json'), serializeGroupExport(doc), 'application/json');
    else saveFile(exportFileName(new Date(), 'md'), renderGroupMarkdown(doc, markdownLabels(t)), 'text/markdown');
  };

  const remove = async (groupId: string) => {
    await repos.groups.delete(groupId);
    setConfirming(undefined);
    setNotice({ kind: 'deleted' });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = await readImportFile(file);
    if (!parsed.ok) return setNotice({ kind: 'problem', problem: parsed.problem });
    const result = await importGroup(store.db, parsed.value);
    setNotice(result.ok ? { kind: 'imported' } : { kind: 'problem', problem: result.problem });
  };

  return (
    <section className={styles.section} aria-labelledby="files-title" data-testid="export-import">
      <h2 id="files-title" className={styles.sectionTitle}>
        {t('privacy.data.title')}
      </h2>
      <p className={styles.muted}>{t('privacy.data.lead')}</p>
      {notice ? (
        <p className={notice.kind === 'problem' ? styles.error : styles.ok} role={notice.kind === 'problem' ? 'alert' : 'status'} data-testid="exchange-notice">
          {notice.kind === 'problem' ? t(`privacy.importProblem.${notice.problem.code}`, { path: notice.problem.path ?? '' }) : t(`privacy.data.${notice.kind}`)}
        </p>
      ) : null}
      {groups && groups.length === 0 ? <p className={styles.muted}>{t('privacy.data.none')}</p> : null}
      <ul className={styles.groupList}>
        {(groups ?? []).map((g) => (
          <li key={g.id} className={styles.groupRow}>
            <span className={styles.groupTitle}>{g.title}</span>
            {confirming === g.id ? (
              <div className={styles.danger} role="alertdialog" aria-label={t('privacy.data.deleteConfirm', { title: g.title })}>
                <p>{t('privacy.data.deleteConfirm', { title: g.title })}</p>
                <div className={styles.actions}>
                  <Button variant="primary" onClick={() => void remove(g.id)}>
                    {t('privacy.data.deleteYes')}
                  </Button>
                  <Button onClick={() => setConfirming(undefined)}>{t('privacy.data.cancel')}</Button>
                </div>
              </div>
            ) : (
              <div className={styles.actions}>
                <Button onClick={() => void save(g, 'markdown')}>{t('privacy.data.markdown')}</Button>
                <Button onClick={() => void save(g, 'json')}>{t('privacy.data.json')}</Button>
                <Button variant="ghost" onClick={() => setConfirming(g.id)}>
                  {t('privacy.data.delete')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div className={styles.form}>
        <h3 className={styles.subTitle}>{t('privacy.data.importTitle')}</h3>
        <label htmlFor={fileId} className={styles.label}>
          {t('privacy.data.importLabel')}
        </label>
        <input id={fileId} type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} data-testid="import-file" />
      </div>
    </section>
  );
}
