import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '@renderer/services/ServicesContext';
import { checkInRows, groupAverages, stepCounts } from './insightsData';
import styles from './Insights.module.css';
import { NextStepsList } from './NextStepsList';
import { HearthMotif } from '@renderer/ui/HearthMotif';
import { FirstCheckIn } from './FirstCheckIn';
import { TrendChart } from './TrendChart';
import screenStyles from '@renderer/ui/Screen.module.css';

const FUNCTIONS = ['informational', 'emotional', 'appraisal', 'instrumental'] as const;

/** "How I'm doing": check-ins over time (all groups or one), averages per group, and next steps. */
export function InsightsScreen() {
  const { t } = useTranslation();
  const { repos } = useServices();
  const [groupId, setGroupId] = useState('');
  const selectId = useId();
  const data = useLiveQuery(async () => {
    const [checkIns, steps, groups] = await Promise.all([repos.journal.checkIns(), repos.journal.nextSteps(), repos.db.groups.toArray()]);
    return { checkIns, steps, groups };
  }, [repos]);
  if (!data) return null;
  const { checkIns, steps, groups } = data;
  const rows = checkInRows(checkIns, groupId || undefined);
  const perGroup = groupAverages(checkIns, groups);
  const counts = stepCounts(steps);
  const titleOf = (id: string) => groups.find((g) => g.id === id)?.title ?? t('insights.deletedGroup');

  return (
    <div className={`${screenStyles.stack} ${styles.screen}`} data-testid="insights">
      <div>
        <h1 className={styles.title}>{t('insights.title')}</h1>
        <p className={styles.muted}>{t('insights.lead')}</p>
      </div>
      <section className={styles.card} aria-labelledby="trend-title">
        <div className={styles.cardHead}>
          <h2 id="trend-title" className={styles.sectionTitle}>
            {t('insights.trendTitle')}
          </h2>
          {perGroup.length > 1 ? (
            <div className={styles.field}>
              <label htmlFor={selectId}>{t('insights.whichGroup')}</label>
              <select id={selectId} className={styles.select} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
                <option value="">{t('insights.allGroups')}</option>
                {perGroup.map((g) => (
                  <option key={g.groupId} value={g.groupId}>
                    {g.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <div className={styles.empty} data-testid="insights-empty">
            <HearthMotif size="s" />
            <p className={styles.muted}>{t('insights.noCheckIns')}</p>
          </div>
        ) : rows.length === 1 && rows[0] ? (
          <FirstCheckIn row={rows[0]} />
        ) : (
          <TrendChart rows={rows} title={t('insights.chart.title')} />
        )}
      </section>
      {perGroup.length > 0 ? (
        <section className={styles.card} aria-labelledby="groups-title">
          <h2 id="groups-title" className={styles.sectionTitle}>
            {t('insights.perGroupTitle')}
          </h2>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('insights.group')}</th>
                {FUNCTIONS.map((fn) => (
                  <th key={fn} scope="col">
                    {t(`insights.measures.${fn}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {perGroup.map((g) => (
                <tr key={g.groupId}>
                  <th scope="row">
                    {g.title} <span className={styles.muted}>({t('insights.checkIns', { count: g.count })})</span>
                  </th>
                  {FUNCTIONS.map((fn) => {
                    const v = g.averages[fn];
                    return (
                      <td key={fn}>
                        {v === undefined ? (
                          t('insights.chart.noAnswer')
                        ) : (
                          <span className={styles.barCell}>
                            <span className={styles.barTrack} aria-hidden="true">
                              <span className={styles.barFill} style={{ width: `${(v / 5) * 100}%` }} />
                            </span>
                            <span>{t('insights.outOf5', { value: v })}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <section className={styles.card} aria-labelledby="steps-title">
        <h2 id="steps-title" className={styles.sectionTitle}>
          {t('insights.steps.title')}
        </h2>
        {steps.length > 0 ? <p className={styles.muted}>{t('insights.steps.summary', counts)}</p> : null}
        <NextStepsList steps={steps} groupTitle={titleOf} />
      </section>
    </div>
  );
}
