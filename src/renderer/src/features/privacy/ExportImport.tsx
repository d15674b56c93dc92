import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { renderGroupMarkdown, serializeGroupExport, type ImportProblem } from '@shared/exchange';
import type { Group } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { exportGroup, importGroup } from '@renderer/db/exchangeRepo';
import { Button } from '@renderer/ui/Button';
import { markdownLabels } from './markdownLabels';
import { openGroupFile } from './importFile';
import { exportFileName, saveTextFile, type FileProblem } from '@renderer/services/saveFile';
import styles from './Privacy.module.css';

type Notice =
  | { kind: 'imported' }
  | { kind: 'deleted' }
  | { kind: 'saved'; fileName: string; folder: string }
  | { kind: 'problem'; problem: ImportProblem }
  | { kind: 'file-problem'; problem: FileProblem };

/**
 * Each group: save it as Markdown to read, as JSON to bring back, or delete it. And bring one back from
 * its JSON file. Opening and saving go through the system's own dialogs (in main), in the person's language.
 */
export function ExportImport() {
  const { t } = useTranslation();
  const { store, repos, hearth } = useServices();
  const groups = useLiveQuery(() => repos.groups.active(), [repos]);
  const [confirming, setConfirming] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const hintId = useId();

  const save = async (group: Group, as: 'markdown' | 'json') => {
    const doc = await exportGroup(store.db, group.id);
    if (!doc) return;
    const words = {
      title: t(as === 'json' ? 'privacy.data.dialog.jsonTitle' : 'privacy.data.dialog.markdownTitle'),
      buttonLabel: t('privacy.data.dialog.saveButton'),
      filterName: t(as === 'json' ? 'privacy.data.dialog.groupFilter' : 'privacy.data.dialog.markdownFilter'),
    };
    const outcome =
      as === 'json'
        ? await saveTextFile(hearth, { words, suggestedName: exportFileName(new Date(), 'json'), kind: 'json', text: serializeGroupExport(doc) })
        : await saveTextFile(hearth, { words, suggestedName: exportFileName(new Date(), 'md'), kind: 'markdown', text: renderGroupMarkdown(doc, markdownLabels(t)) });
    if (outcome.kind === 'saved') setNotice({ kind: 'saved', fileName: outcome.fileName, folder: outcome.folder });
    else if (outcome.kind === 'failed') setNotice({ kind: 'file-problem', problem: outcome.problem });
  };

  const remove = async (groupId: string) => {
    await repos.groups.delete(groupId);
    setConfirming(undefined);
    setNotice({ kind: 'deleted' });
  };

  const bringBack = async () => {
    const read = await openGroupFile(hearth, {
      title: t('privacy.data.dialog.openTitle'),
      buttonLabel: t('privacy.data.dialog.openButton'),
      filterName: t('privacy.data.dialog.groupFilter'),
    });
    if (read.kind === 'cancelled') return;
    if (read.kind === 'failed') return setNotice({ kind: 'file-problem', problem: read.problem });
    if (!read.parsed.ok) return setNotice({ kind: 'problem', problem: read.parsed.problem });
    const result = await importGroup(store.db, read.parsed.value);
    setNotice(result.ok ? { kind: 'imported' } : { kind: 'problem', problem: result.problem });
  };

  return (
    <section className={styles.section} aria-labelledby="files-title" data-testid="export-import">
      <h2 id="files-title" className={styles.sectionTitle}>
        {t('privacy.data.title')}
      </h2>
      <p className={styles.muted}>{t('privacy.data.lead')}</p>
      {notice ? (
        <p className={isProblem(notice) ? styles.error : styles.ok} role={isProblem(notice) ? 'alert' : 'status'} data-testid="exchange-notice">
          {noticeText(notice, t)}
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
        <div>
          <Button onClick={() => void bringBack()} aria-describedby={hintId} data-testid="import-choose">
            {t('privacy.data.importChoose')}
          </Button>
        </div>
        <p id={hintId} className={styles.muted}>
          {t('privacy.data.importHint')}
        </p>
      </div>
    </section>
  );
}

const isProblem = (notice: Notice): boolean => notice.kind === 'problem' || notice.kind === 'file-problem';

/** What the notice says; never anything from the file but the JSON path of a problem. */
function noticeText(notice: Notice, t: TFunction): string {
  switch (notice.kind) {
    case 'problem':
      return t(`privacy.importProblem.${notice.problem.code}`, { path: notice.problem.path ?? '' });
    case 'file-problem':
      return t(`privacy.fileProblem.${notice.problem}`);
    case 'saved':
      return t('privacy.data.saved', { name: notice.fileName, folder: notice.folder });
    default:
      return t(`privacy.data.${notice.kind}`);
  }
}
