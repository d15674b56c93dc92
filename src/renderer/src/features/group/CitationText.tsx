import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '@shared/domain';
import { CitationPopover } from './CitationPopover';
import styles from './CitationText.module.css';

const MARKER = /\s?\[(\d+(?:\s*,\s*\d+)*)\]/g;

/** The id of a message's popover for source `marker`; `base` is the message's own (useId). */
export const sourcePopoverId = (base: string, marker: number): string => `${base}-source-${marker}`;

/**
 * Message text with its [n] markers turned into small source buttons. They open the same popover as
 * the source's chip below, and are for the pointer only: the chip is the one Tab stop per source, so
 * a busy group does not cost a keyboard user two stops a citation. A screen reader still meets each
 * marker in the text, named for its source.
 */
export function CitationText({ text, citations, idBase }: { readonly text: string; readonly citations: readonly Citation[]; readonly idBase: string }) {
  const { t } = useTranslation();
  const byMarker = new Map(citations.map((c) => [c.marker, c]));
  const parts: Array<string | Citation[]> = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    parts.push(text.slice(last, match.index));
    parts.push(match[1]!.split(',').flatMap((n) => byMarker.get(Number(n.trim())) ?? []));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <Fragment key={i}>
            {part.map((c) => (
              <button
                key={c.marker}
                type="button"
                tabIndex={-1}
                className={styles.marker}
                popoverTarget={sourcePopoverId(idBase, c.marker)}
                aria-haspopup="dialog"
                aria-label={t('group.sourceLabel', { n: c.marker, title: c.title, publisher: c.publisher })}
                data-testid="citation-marker"
              >
                {c.marker}
              </button>
            ))}
          </Fragment>
        ),
      )}
    </>
  );
}

/** The list of sources under a message, as chips, each with its popover: one Tab stop per source. */
export function SourceChips({ citations, idBase }: { readonly citations: readonly Citation[]; readonly idBase: string }) {
  const { t } = useTranslation();
  if (citations.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={t('group.sources')}>
      {[...citations].sort((a, b) => a.marker - b.marker).map((c) => (
        <li key={c.marker}>
          <button type="button" className={styles.chip} popoverTarget={sourcePopoverId(idBase, c.marker)} aria-haspopup="dialog" data-testid="citation-chip">
            <span className={styles.chipNumber} aria-hidden="true">
              {c.marker}
            </span>
            <span className="visually-hidden">{t('group.citation.title', { n: c.marker })}: </span>
            <span>
              {c.publisher} · {c.title}
              {c.origin === 'imported' ? <em className={styles.imported}> — {t('group.importedSource')}</em> : null}
              {c.origin === 'library' ? <em className={styles.imported}> — {t('group.librarySource')}</em> : null}
            </span>
          </button>
          <CitationPopover id={sourcePopoverId(idBase, c.marker)} citation={c} />
        </li>
      ))}
    </ul>
  );
}
