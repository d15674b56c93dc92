import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Citation } from '../../../../shared/domain';
import { CitationButton } from './CitationPopover';
import styles from './CitationText.module.css';

const MARKER = /\s?\[(\d+(?:\s*,\s*\d+)*)\]/g;

/** Message text with its [n] markers turned into small source buttons. */
export function CitationText({ text, citations }: { readonly text: string; readonly citations: readonly Citation[] }) {
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
              <CitationButton key={c.marker} citation={c} className={styles.marker} label={t('group.sourceLabel', { n: c.marker, title: c.title, publisher: c.publisher })}>
                {c.marker}
              </CitationButton>
            ))}
          </Fragment>
        ),
      )}
    </>
  );
}

/** The list of sources under a message, as chips. */
export function SourceChips({ citations }: { readonly citations: readonly Citation[] }) {
  const { t } = useTranslation();
  if (citations.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={t('group.sources')}>
      {[...citations].sort((a, b) => a.marker - b.marker).map((c) => (
        <li key={c.marker}>
          <CitationButton citation={c} className={styles.chip}>
            <span className={styles.chipNumber} aria-hidden="true">{c.marker}</span>
            <span>
              {c.publisher} · {c.title}
              {c.origin === 'imported' ? <em className={styles.imported}> — {t('group.importedSource')}</em> : null}
              {c.origin === 'library' ? <em className={styles.imported}> — {t('group.librarySource')}</em> : null}
            </span>
          </CitationButton>
        </li>
      ))}
    </ul>
  );
}
