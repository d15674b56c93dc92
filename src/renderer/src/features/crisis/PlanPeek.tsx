import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyPlan } from '@shared/domain';
import { useServices } from '@renderer/services/ServicesContext';
import { Button } from '@renderer/ui/Button';
import { useVaultState } from '@renderer/services/useVaultState';
import styles from './CrisisPanel.module.css';
import { isBlank } from './planDraft';

// The parts of the plan that help in the moment itself: what to do, who to reach, whom to call.
const IN_THE_MOMENT = ['thingsThatHelp', 'peopleAndPlaces', 'professionals'] as const;
const SHOWN_PER_PART = 3;

/**
 * The person's own safety plan inside the crisis panel: the things that help and the people to
 * reach, right where they are needed, with the way to the whole plan (or to write one).
 */
export function PlanPeek({ onOpenPlan }: { readonly onOpenPlan: () => void }) {
  const { t } = useTranslation();
  const { repos } = useServices();
  const vault = useVaultState();
  const [plan, setPlan] = useState<SafetyPlan | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // A locked store just means no peek: the way to the plan is still offered.
    repos.singletons.safetyPlan().then(
      (p) => live && setPlan(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [repos, vault]);
  const written = plan !== undefined && !isBlank(plan);

  // Help works while Hearth is locked (the lines are bundled data); the plan itself waits for the passphrase.
  if (vault === 'locked') {
    return (
      <section className={styles.planLink} aria-labelledby="crisis-plan-title" data-testid="crisis-plan-peek">
        <h3 id="crisis-plan-title" className={styles.sectionTitle}>
          {t('crisis.panel.safetyPlanTitle')}
        </h3>
        <p>{t('crisis.panel.safetyPlanLocked')}</p>
      </section>
    );
  }

  return (
    <section className={styles.planLink} aria-labelledby="crisis-plan-title" data-testid="crisis-plan-peek">
      <h3 id="crisis-plan-title" className={styles.sectionTitle}>
        {written ? t('crisis.panel.safetyPlanFromYours') : t('crisis.panel.safetyPlanTitle')}
      </h3>
      {written ? (
        <dl className={styles.peek}>
          {IN_THE_MOMENT.filter((part) => plan[part].length > 0).map((part) => (
            <div key={part}>
              <dt>{t(`crisis.plan.sections.${part}.title`)}</dt>
              <dd>
                <ul>
                  {plan[part].slice(0, SHOWN_PER_PART).map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                  {plan[part].length > SHOWN_PER_PART ? <li>{t('crisis.panel.safetyPlanMore', { count: plan[part].length - SHOWN_PER_PART })}</li> : null}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('crisis.panel.safetyPlanBody')}</p>
      )}
      <Button onClick={onOpenPlan} data-testid="open-safety-plan">
        {written ? t('crisis.panel.safetyPlanOpen') : t('crisis.panel.safetyPlanWrite')}
      </Button>
    </section>
  );
}
