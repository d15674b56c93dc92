import type { Avatar as AvatarSpec } from '@shared/domain';
import styles from './Avatar.module.css';

const MOTIF_PATHS: Readonly<Record<AvatarSpec['motif'], string>> = {
  circle: 'M12 4a8 8 0 1 1 0 16a8 8 0 1 1 0-16z',
  leaf: 'M5 19c0-8 6-14 14-14c0 8-6 14-14 14z',
  wave: 'M2 14c3-4 6-4 9 0s6 4 9 0v6H2z',
  sun: 'M12 7a5 5 0 1 1 0 10a5 5 0 1 1 0-10z',
  star: 'M12 3l2.6 5.6l6 .7l-4.5 4.1l1.2 6l-5.3-3l-5.3 3l1.2-6L3.4 9.3l6-.7z',
  drop: 'M12 3c3 4 6 7.5 6 11a6 6 0 1 1-12 0c0-3.5 3-7 6-11z',
};

/**
 * A synthetic member's avatar: initials over a soft shape, never a photo. Decorative: the name and
 * its AI badge beside it carry the meaning for screen readers.
 */
export function Avatar({ avatar, size = 'm' }: { readonly avatar: AvatarSpec; readonly size?: 's' | 'm' | 'l' }) {
  return (
    <span className={`${styles.avatar} ${styles[size]}`} style={{ ['--hue' as string]: avatar.hue }} aria-hidden="true">
      <svg viewBox="0 0 24 24" className={styles.motif}>
        <path d={MOTIF_PATHS[avatar.motif]} />
      </svg>
      <span className={styles.initials}>{avatar.initials}</span>
    </span>
  );
}
