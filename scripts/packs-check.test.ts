import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPacks, defaultPaths, formatReport } from './packs-check';

const repo = defaultPaths();

type CrisisSourceJson = { id: string; checked: string; pageDate?: string };

/** A copy of the real resources in a temp folder, with one pack edited by `edit` and the crisis data by `editCrisis`. */
function fixture(
  edit?: (pack: Record<string, unknown>) => void,
  editCrisis?: (crisis: { sources: CrisisSourceJson[] }) => void,
): { dir: string; paths: ReturnType<typeof defaultPaths> } {
  const dir = mkdtempSync(join(tmpdir(), 'packs-check-'));
  const packsDir = join(dir, 'packs');
  mkdirSync(packsDir);
  const pack = JSON.parse(readFileSync(join(repo.packsDir, 'type-2-diabetes.json'), 'utf8')) as Record<string, unknown>;
  edit?.(pack);
  writeFileSync(join(packsDir, 'type-2-diabetes.json'), JSON.stringify(pack));
  if (editCrisis) {
    const crisis = JSON.parse(readFileSync(repo.crisisFile, 'utf8')) as { sources: CrisisSourceJson[] };
    editCrisis(crisis);
    writeFileSync(join(dir, 'crisis-lines.json'), JSON.stringify(crisis));
  } else {
    copyFileSync(repo.crisisFile, join(dir, 'crisis-lines.json'));
  }
  copyFileSync(repo.domainsFile, join(dir, 'allowed-domains.txt'));
  return { dir, paths: { packsDir, crisisFile: join(dir, 'crisis-lines.json'), domainsFile: join(dir, 'allowed-domains.txt') } };
}

describe('packs-check', () => {
  it('passes the repository and ends with the counts as JSON', () => {
    const report = checkPacks(repo);
    expect(report.problems).toEqual([]);
    const last = formatReport(report).split('\n').at(-1) ?? '';
    const counts = JSON.parse(last) as Record<string, number>;
    // The first five fields keep their names and order: other tools read them.
    expect(Object.keys(counts)).toEqual(['packs', 'facts', 'sources', 'countries', 'stale', 'old_pages']);
    // Issue 15's release bar.
    expect(counts['packs']).toBeGreaterThanOrEqual(40);
    expect(counts['facts']).toBeGreaterThanOrEqual(1500);
    expect(counts['countries']).toBeGreaterThanOrEqual(24);
    expect(counts['stale']).toBe(0);
    expect(counts['old_pages']).toBe(report.oldPages.length);
  });

  it('lists the crisis-line pages dated more than 3 years ago by id above the counts, as a warning', () => {
    const report = checkPacks(repo, { today: '2026-12-03' });
    expect(report.problems).toEqual([]);
    // The Crisis Text Line's only source is NAMI's 2016 article: it must stay in view until a newer page replaces it.
    expect(report.oldPages.map((o) => o.sourceId)).toContain('nami-crisis-text');
    const lines = formatReport(report).split('\n');
    const last = JSON.parse(lines.at(-1) ?? '') as Record<string, number>;
    expect(last['old_pages']).toBe(report.oldPages.length);
    const listed = lines.slice(0, -1).join('\n');
    expect(listed).toMatch(/crisis-line page\(s\) dated more than 3 years ago/);
    expect(listed).toContain('nami-crisis-text: page dated 2016-09-14');
  });

  it('judges a page date by the last day it allows, and leaves an undated page alone', () => {
    const { paths } = fixture(undefined, (crisis) => {
      const at = (id: string): CrisisSourceJson => crisis.sources.find((s) => s.id === id)!;
      for (const s of crisis.sources) delete s.pageDate;
      at('nami-crisis-text').pageDate = '2023';
      at('nl-0800-0113').pageDate = '2023-11';
    });
    // 2023 stands for up to 2023-12-31 and 2023-11 for up to 2023-11-30: old only once 3 years have passed since.
    expect(checkPacks(paths, { today: '2026-11-30' }).counts.old_pages).toBe(0);
    expect(checkPacks(paths, { today: '2026-12-01' }).oldPages.map((o) => o.sourceId)).toEqual(['nl-0800-0113']);
    const later = checkPacks(paths, { today: '2027-01-01' });
    expect(later.oldPages.map((o) => o.sourceId)).toEqual(['nami-crisis-text', 'nl-0800-0113']);
    expect(later.problems).toEqual([]);
  });

  it('counts a crisis-line source checked more than 18 months before today as stale, naming it', () => {
    const { paths } = fixture(undefined, (crisis) => {
      crisis.sources.find((s) => s.id === 'fi-mieli-helpline')!.checked = '2025-05-21';
    });
    const facts = checkPacks(paths, { today: '2026-11-22' }).stale.length;
    expect(checkPacks(paths, { today: '2026-11-21' }).counts.stale).toBe(0);
    const report = checkPacks(paths, { today: '2026-11-22' });
    expect(report.problems).toEqual([]);
    expect(report.staleSources).toEqual([{ sourceId: 'fi-mieli-helpline', path: expect.stringMatching(/^sources\[\d+\]$/), checked: '2025-05-21' }]);
    expect(report.counts.stale).toBe(facts + 1);
    expect(formatReport(report)).toMatch(/crisis-lines sources\[\d+\] 'fi-mieli-helpline': checked 2025-05-21/);
  });

  it('counts facts checked more than 18 months before the injected today as stale, without failing', () => {
    const { paths } = fixture((pack) => {
      const overview = pack['overview'] as Array<{ checked: string }>;
      overview[0]!.checked = '2025-05-21';
    });
    expect(checkPacks(paths, { today: '2026-11-21' }).counts.stale).toBe(0);
    const report = checkPacks(paths, { today: '2026-11-22' });
    expect(report.problems).toEqual([]);
    expect(report.counts.stale).toBe(1);
    expect(report.stale[0]).toMatchObject({ packId: 'type-2-diabetes', path: 'overview[0]', checked: '2025-05-21' });
    const text = formatReport(report);
    expect(text).toContain("type-2-diabetes overview[0] '");
    expect(JSON.parse(text.split('\n').at(-1) ?? '')).toMatchObject({ packs: 1, stale: 1 });
    // Everything else in the real pack, and every crisis-line source, ages too once the clock moves far enough.
    const aged = checkPacks(paths, { today: '2030-01-01' });
    const crisisSources = (JSON.parse(readFileSync(paths.crisisFile, 'utf8')) as { sources: unknown[] }).sources.length;
    expect(aged.stale).toHaveLength(checkPacks(paths).counts.facts);
    expect(aged.staleSources).toHaveLength(crisisSources);
    expect(aged.counts.stale).toBe(aged.stale.length + crisisSources);
  });

  it('fails a fact that lacks its checked date, naming where', () => {
    const { paths } = fixture((pack) => {
      delete (pack['experiences'] as Array<Record<string, unknown>>)[0]!['checked'];
    });
    expect(checkPacks(paths).problems.map((p) => p.message).join('\n')).toMatch(/experiences/);
  });

  it('fails a pack whose fact cites an undeclared source, naming fact and source', () => {
    const { paths } = fixture((pack) => {
      const experiences = pack['experiences'] as Array<{ sources: string[] }>;
      experiences[0]!.sources = ['made-up-source'];
    });
    const messages = checkPacks(paths).problems.map((p) => p.message);
    expect(messages).toContain("Fact 't2d-main-symptoms' in experiences cites source 'made-up-source', which the pack does not declare");
  });

  it('fails a pack citing a domain that is not on the reviewed list', () => {
    const { paths } = fixture((pack) => {
      const sources = pack['sources'] as Array<{ url: string }>;
      sources[0]!.url = 'https://random-blog.example.com/diabetes';
    });
    expect(checkPacks(paths).problems.some((p) => p.message.includes("'random-blog.example.com' is not in the allowed publisher list"))).toBe(true);
  });

  it('exits 1 with the problem on the console and the counts still last', () => {
    const { paths } = fixture((pack) => {
      (pack['sources'] as Array<{ url: string }>)[1]!.url = 'http://nhs.uk/not-https';
    });
    let stdout = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'packs-check.ts'), paths.packsDir, paths.crisisFile, paths.domainsFile, '--today=2026-12-01'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      stdout = e.stdout;
    }
    expect(status).toBe(1);
    expect(stdout).toContain("type-2-diabetes: sources[1].url (in 'nhs-t2d-health-problems'): 'http://nhs.uk/not-https' is not an https address on a domain name");
    const countries = (JSON.parse(readFileSync(paths.crisisFile, 'utf8')) as { countries: unknown[] }).countries.length;
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({ packs: 0, countries, stale: 0 });
  });
});
