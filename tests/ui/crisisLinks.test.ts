// Every way in that the crisis panel offers must be a link main will actually open: a refused chat
// link or a malformed tel: is a dead button in someone's worst moment. Pure node, no browser needed.
import { describe, expect, it } from 'vitest';
import crisisLinesJson from '@resources/crisis-lines.json';
import { checkExternalUrl } from '@main/security/externalLinks';
import { bundledAllowedDomains } from '@main/services/allowedDomains';
import { helpForCountry } from '@shared/knowledge/crisisLines';
import { CrisisLines } from '@shared/knowledge/crisisLinesSchema';
import { CrisisCategory } from '@shared/safety/crisisTypes';
import { planHelp } from '@shared/safety/crisisLineSelection';

const data = CrisisLines.parse(crisisLinesJson);
const countries = [...data.countries.map((c) => c.country), 'JP'];

describe('crisis panel links', () => {
  it('main opens every link the panel can show, for every country and situation', () => {
    const refused: string[] = [];
    let checked = 0;
    for (const country of countries) {
      for (const categories of [[], ...CrisisCategory.options.map((c) => [c])]) {
        const plan = planHelp(helpForCountry(data, country), categories, 'en');
        const hrefs = [...plan.lines, ...plan.more].flatMap((l) => l.contacts.map((c) => c.href));
        if (plan.emergency) hrefs.push(plan.emergency.href);
        for (const href of hrefs) {
          checked++;
          const verdict = checkExternalUrl(href, bundledAllowedDomains);
          if (!verdict.ok) refused.push(`${country} ${href} (${verdict.reason})`);
        }
      }
    }
    expect(refused).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('every line the panel shows has at least one way in', () => {
    for (const country of countries) {
      const plan = planHelp(helpForCountry(data, country), [], 'en');
      for (const entry of [...plan.lines, ...plan.more]) expect(entry.contacts.length, entry.line.id).toBeGreaterThan(0);
    }
  });
});
