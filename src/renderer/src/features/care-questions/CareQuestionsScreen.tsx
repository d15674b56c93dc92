import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareQuestion } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import screenStyles from '@renderer/ui/Screen.module.css';
import { saveTextFile } from '@renderer/services/saveFile';
import { AddQuestionForm } from './AddQuestionForm';
import { CareQuestionItem, type QuestionActions } from './CareQuestionItem';
import styles from './CareQuestions.module.css';
import { careQuestionsFileName, renderCareQuestionsMarkdown } from './careQuestionsMarkdown';
import { PrintSheet } from './PrintSheet';

/** What the screen last did, said in its live region; a delete carries the question for Undo; a failed save is a problem. */
type Notice = { readonly text: string; readonly undo?: CareQuestion; readonly problem?: boolean };
/** Where focus goes once the list has re-rendered after a change. */
type FocusTarget = { readonly id: string; readonly selector: string; readonly fallback?: string };

/**
 * "For my next appointment": the person's private list of questions for their care team. Add, edit
 * in place, reorder, mark asked with a note, ask again, delete (with Undo), print one clean page,
 * save as a Markdown file. Every change is announced; focus stays with the question moved.
 */
export function CareQuestionsScreen() {
  const { t, i18n } = useTranslation();
  const { repos, hearth } = useServices();
  const questions = useLiveQuery(() => repos.careQuestions.list(), [repos]);
  const [notice, setNotice] = useState<Notice>();
  const focusNext = useRef<FocusTarget>(null);
  const status = useRef<HTMLDivElement>(null);
  // The printed date: today when the screen opened (a list is printed the day it is looked at).
  const [openedAt] = useState(() => Date.now());
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  const formatDate = (at: number) => dateFormat.format(new Date(at));

  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const row = document.querySelector(`[data-question="${target.id}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(target.selector);
    (wanted && !wanted.disabled ? wanted : target.fallback ? row?.querySelector<HTMLButtonElement>(target.fallback) : null)?.focus();
  }, [questions]);
  useEffect(() => {
    // After a delete the row is gone: focus goes to Undo, so the keyboard is never left nowhere.
    if (notice?.undo) status.current?.querySelector('button')?.focus();
  }, [notice]);

  if (!questions) return null;
  const open = questions.filter((q) => q.status === 'open');
  const asked = questions.filter((q) => q.status === 'asked');

  const actions: QuestionActions = {
    edit: async (id, text) => {
      await repos.careQuestions.edit(id, text);
      setNotice({ text: t('careQuestions.saved') });
    },
    move: async (id, by) => {
      await repos.careQuestions.move(id, by);
      const list = (await repos.careQuestions.list()).filter((q) => q.status === 'open');
      const at = list.findIndex((q) => q.id === id);
      focusNext.current = { id, selector: `[data-move="${by < 0 ? 'up' : 'down'}"]`, fallback: `[data-move="${by < 0 ? 'down' : 'up'}"]` };
      setNotice({ text: t('careQuestions.moved', { position: at + 1, count: list.length, text: list[at]?.text ?? '' }) });
    },
    markAsked: async (id, note) => {
      const wasAsked = questions.find((q) => q.id === id)?.status === 'asked';
      await repos.careQuestions.markAsked(id, note);
      focusNext.current = { id, selector: '[data-action="note"]' };
      setNotice({ text: t(wasAsked ? 'careQuestions.saved' : 'careQuestions.markedAsked') });
    },
    reopen: async (id) => {
      await repos.careQuestions.reopen(id);
      focusNext.current = { id, selector: '[data-action="note"]' };
      setNotice({ text: t('careQuestions.reopened') });
    },
    remove: async (question) => {
      await repos.careQuestions.remove(question.id);
      setNotice({ text: t('careQuestions.deleted'), undo: question });
    },
  };
  const undo = async (question: CareQuestion) => {
    await repos.careQuestions.restore(question);
    focusNext.current = { id: question.id, selector: '[data-action="edit"]' };
    setNotice({ text: t('careQuestions.restored') });
  };
  const exportFile = async () => {
    const name = careQuestionsFileName(new Date());
    const labels = {
      title: t('careQuestions.title'),
      date: t('careQuestions.markdownDate', { date: formatDate(Date.now()) }),
      open: t('careQuestions.openTitle'),
      asked: t('careQuestions.askedTitle'),
      answer: t('careQuestions.answerLabel'),
      none: t('careQuestions.printNone'),
    };
    const words = { title: t('careQuestions.dialog.title'), buttonLabel: t('careQuestions.dialog.button'), filterName: t('careQuestions.dialog.filter') };
    const outcome = await saveTextFile(hearth, { words, suggestedName: name, kind: 'markdown', text: renderCareQuestionsMarkdown(questions, labels) });
    if (outcome.kind === 'saved') setNotice({ text: t('careQuestions.exported', { name: outcome.fileName, folder: outcome.folder }) });
    else if (outcome.kind === 'failed') setNotice({ text: t(`privacy.fileProblem.${outcome.problem}`), problem: true });
  };

  return (
    <div className={`${screenStyles.stack} ${styles.screen}`} data-testid="care-questions">
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>{t('careQuestions.title')}</h1>
          <p className={styles.lead}>{t('careQuestions.lead')}</p>
        </div>
        {questions.length ? (
          <div className={styles.actions}>
            <Button onClick={() => window.print()} data-testid="care-print">
              {t('careQuestions.print')}
            </Button>
            <Button onClick={() => void exportFile()} data-testid="care-export">
              {t('careQuestions.export')}
            </Button>
          </div>
        ) : null}
      </div>
      <AddQuestionForm
        onAdd={async (text) => {
          await repos.careQuestions.add({ text, origin: 'typed' });
        }}
      />
      <div ref={status} role="status" className={styles.notice} data-testid="care-notice">
        {notice ? (
          <>
            <span className={notice.problem ? styles.problem : undefined}>{notice.text}</span>
            {notice.undo ? (
              <Button variant="secondary" onClick={() => notice.undo && void undo(notice.undo)}>
                {t('careQuestions.undo')}
              </Button>
            ) : null}
          </>
        ) : null}
      </div>
      {questions.length === 0 ? (
        <section className={styles.empty} aria-labelledby="care-empty-title" data-testid="care-empty">
          <h2 id="care-empty-title" className={styles.sectionTitle}>
            {t('careQuestions.emptyTitle')}
          </h2>
          <p>{t('careQuestions.empty')}</p>
        </section>
      ) : null}
      {open.length ? (
        <section aria-labelledby="care-open-title">
          <h2 id="care-open-title" className={styles.sectionTitle}>
            {t('careQuestions.openTitle')}
          </h2>
          <ol className={styles.list} data-testid="care-open">
            {open.map((q, i) => (
              <CareQuestionItem key={q.id} question={q} index={i} count={open.length} actions={actions} formatDate={formatDate} />
            ))}
          </ol>
        </section>
      ) : null}
      {asked.length ? (
        <section aria-labelledby="care-asked-title">
          <h2 id="care-asked-title" className={styles.sectionTitle}>
            {t('careQuestions.askedTitle')}
          </h2>
          <ul className={styles.list} data-testid="care-asked">
            {asked.map((q, i) => (
              <CareQuestionItem key={q.id} question={q} index={i} count={asked.length} actions={actions} formatDate={formatDate} />
            ))}
          </ul>
        </section>
      ) : null}
      {questions.length ? <p className={styles.muted}>{t('careQuestions.exportNote')}</p> : null}
      <PrintSheet questions={questions} date={formatDate(openedAt)} />
    </div>
  );
}
