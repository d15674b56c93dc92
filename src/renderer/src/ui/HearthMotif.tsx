import styles from './HearthMotif.module.css';

/**
 * Hearth's own quiet illustration: a small circle of seats around a low flame, drawn in the theme's
 * colours so it follows light and dark. Decorative only (hidden from screen readers). The flame
 * breathes slowly unless reduced motion is asked for.
 */
export function HearthMotif({ size = 'm' }: { readonly size?: 's' | 'm' }) {
  return (
    <svg className={`${styles.motif} ${styles[size]}`} viewBox="0 0 160 96" aria-hidden="true" focusable="false">
      <ellipse cx="80" cy="80" rx="68" ry="10" className={styles.ground} />
      {/* Five seats in a loose half-circle, each a different warm tone. */}
      <circle cx="26" cy="64" r="9" className={styles.seatA} />
      <circle cx="48" cy="50" r="9" className={styles.seatB} />
      <circle cx="80" cy="44" r="9" className={styles.seatC} />
      <circle cx="112" cy="50" r="9" className={styles.seatB} />
      <circle cx="134" cy="64" r="9" className={styles.seatA} />
      <g className={styles.flame}>
        <path d="M80 58c9 7 12 13 12 18a12 12 0 0 1-24 0c0-6 4-10 7-13 0 4 2 6 4 6 0-4 0-8 1-11z" className={styles.outer} />
        <path d="M80 68c4 3 6 6 6 9a6 6 0 0 1-12 0c0-3 2-6 6-9z" className={styles.inner} />
      </g>
    </svg>
  );
}
