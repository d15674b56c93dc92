import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES, type CheckInRow, type Measure } from './insightsData';
import styles from './Insights.module.css';

// Each measure has a colour AND a marker shape and dash, so the lines are told apart without colour.
const LOOK: Readonly<Record<Measure, { color: string; dash: string; marker: 'circle' | 'square' | 'diamond' | 'triangle' | 'cross' }>> = {
  informational: { color: 'var(--color-accent)', dash: '', marker: 'circle' },
  emotional: { color: 'var(--color-ai)', dash: '6 4', marker: 'square' },
  appraisal: { color: 'var(--color-ok)', dash: '2 4', marker: 'diamond' },
  instrumental: { color: 'var(--color-warn)', dash: '10 4 2 4', marker: 'triangle' },
  mood: { color: 'var(--color-text-muted)', dash: '1 3', marker: 'cross' },
};

const W = 640;
const H = 240;
const PAD = { left: 36, right: 16, top: 16, bottom: 32 };

function Marker({ x, y, shape, color }: { x: number; y: number; shape: (typeof LOOK)[Measure]['marker']; color: string }) {
  const r = 5;
  switch (shape) {
    case 'circle':
      return <circle cx={x} cy={y} r={r} fill={color} />;
    case 'square':
      return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={color} />;
    case 'diamond':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`} fill={color} />;
    case 'triangle':
      return <polygon points={`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`} fill={color} />;
    case 'cross':
      return <path d={`M${x - r} ${y - r}L${x + r} ${y + r}M${x + r} ${y - r}L${x - r} ${y + r}`} stroke={color} strokeWidth={2.5} />;
  }
}

/**
 * Check-in answers over time as an SVG line chart (1–5, one line per measure) with a legend, and the
 * same numbers as a table for screen readers and anyone who prefers them.
 */
export function TrendChart({ rows, title }: { readonly rows: readonly CheckInRow[]; readonly title: string }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const date = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short' });
  // Two check-ins on one day are told apart by their time in the table.
  const dateTime = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  const x = (i: number) => PAD.left + (rows.length === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (rows.length - 1));
  const y = (v: number) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const present = MEASURES.filter((m) => rows.some((r) => r.scores[m] !== undefined));
  const first = rows[0];
  const last = rows.at(-1);

  return (
    <figure className={styles.figure}>
      <svg viewBox={`0 0 ${W} ${H}`} className={styles.chart} role="img" aria-labelledby={titleId} aria-describedby={descId}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{t('insights.chart.description', { count: rows.length })}</desc>
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="var(--color-border)" />
            <text x={PAD.left - 10} y={y(v) + 4} textAnchor="end" className={styles.axis}>
              {v}
            </text>
          </g>
        ))}
        {first ? (
          <text x={x(0)} y={H - 8} textAnchor={rows.length === 1 ? 'middle' : 'start'} className={styles.axis}>
            {date.format(first.at)}
          </text>
        ) : null}
        {last && rows.length > 1 ? (
          <text x={x(rows.length - 1)} y={H - 8} textAnchor="end" className={styles.axis}>
            {date.format(last.at)}
          </text>
        ) : null}
        {present.map((m) => {
          const points = rows.flatMap((r, i) => (r.scores[m] === undefined ? [] : [{ x: x(i), y: y(r.scores[m] ?? 0) }]));
          const { color, dash, marker } = LOOK[m];
          return (
            <g key={m}>
              <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={color} strokeWidth={2.5} strokeDasharray={dash} />
              {points.map((p, i) => (
                <Marker key={i} x={p.x} y={p.y} shape={marker} color={color} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend} aria-label={t('insights.chart.legend')}>
          {present.map((m) => (
            <li key={m}>
              <svg width="28" height="14" aria-hidden="true" className={styles.legendSwatch}>
                <line x1="0" x2="28" y1="7" y2="7" stroke={LOOK[m].color} strokeWidth={2.5} strokeDasharray={LOOK[m].dash} />
                <Marker x={14} y={7} shape={LOOK[m].marker} color={LOOK[m].color} />
              </svg>
              {t(`insights.measures.${m}`)}
            </li>
          ))}
        </ul>
        <details className={styles.details}>
          <summary>{t('insights.chart.showTable')}</summary>
          <table className={styles.table}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.chart.date')}</th>
                {present.map((m) => (
                  <th key={m} scope="col">
                    {t(`insights.measures.${m}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{dateTime.format(r.at)}</th>
                  {present.map((m) => (
                    <td key={m}>{r.scores[m] ?? t('insights.chart.noAnswer')}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
