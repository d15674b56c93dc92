import { describe, expect, it } from 'vitest';
import type { Member, Message } from '../domain';
import { buildGroupExport, serializeGroupExport, type GroupExport } from './groupExport';
import { renderGroupMarkdown, type MarkdownLabels } from './groupMarkdown';
import { parseGroupExport } from './parseGroupExport';

const member: Member = {
  id: 'member-0001',
  groupId: 'group-0001',
  muted: false,
  order: 0,
  persona: {
    id: 'p1', role: 'mirror', name: 'Rosa', age: 44, gender: 'woman', pronouns: 'she/her', background: 'small town', setting: 'rural', lifeStage: 'working',
    condition: 'Lupus', conditionPackId: 'lupus', yearsSinceDiagnosis: 2, treatments: [], copingStyle: 'steady', voice: 'warm', currentChallenge: 'fatigue at work', whatHelped: 'pacing', factKeys: [],
    avatar: { initials: 'R', hue: 20, motif: 'leaf' },
  },
};
const message = (seq: number, over: Partial<Message> = {}): Message => ({
  id: `message-${seq.toString().padStart(4, '0')}`, groupId: 'group-0001', seq, author: { kind: 'user' }, kind: 'chat', status: 'complete', text: `text ${seq}`, sentenceCount: 1, citations: [], createdAt: 1000 + seq, updatedAt: 1000 + seq, ...over,
});
const cite = { marker: 1, factKey: 'lupus/f1', title: 'Lupus', publisher: 'NIAMS', url: 'https://www.niams.nih.gov/health-topics/lupus', origin: 'imported' as const };

const doc = (): GroupExport =>
  buildGroupExport(
    {
      group: { id: 'group-0001', title: 'Evenings <b>', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 1, topic: 'open', createdAt: 1, updatedAt: 2, unsourced: false },
      members: [member],
      messages: [message(1, { author: { kind: 'member', memberId: member.id }, text: 'It helps to rest [1].', citations: [cite], status: 'interrupted' }), message(0)],
      summaries: [],
      checkIns: [],
      nextSteps: [{ id: 'step-0001', groupId: 'group-0001', text: 'Call the clinic', createdAt: 3, updatedAt: 3, status: 'open' }],
    },
    9000,
  );

const labels: MarkdownLabels = {
  disclosure: 'Everyone in this group except you is AI-generated.', condition: 'Condition', exported: 'Exported', members: 'Members', ai: 'AI', you: 'You', hearth: 'Hearth',
  conversation: 'Conversation', interrupted: 'interrupted', stopped: 'stopped', sources: 'Sources', importedSource: 'from a pack you imported', librarySource: 'from the health library', sinceDiagnosis: (years) => `${years} years since diagnosis`, nextSteps: 'Next steps', unsourced: 'No sources',
};

describe('JSON export', () => {
  it('parses what it serialises, messages in order', () => {
    const parsed = parseGroupExport(serializeGroupExport(doc()));
    expect(parsed).toEqual({ ok: true, value: doc() });
    if (parsed.ok) expect(parsed.value.messages.map((m) => m.seq)).toEqual([0, 1]);
  });

  it('refuses bad files with a specific reason and where it is', () => {
    const text = (value: unknown) => JSON.stringify(value);
    expect(parseGroupExport('{"format": "hearth.group", ')).toMatchObject({ ok: false, problem: { code: 'not-json' } });
    expect(parseGroupExport(text({ hello: 1 }))).toMatchObject({ ok: false, problem: { code: 'not-a-hearth-export' } });
    expect(parseGroupExport(text([1, 2]))).toMatchObject({ ok: false, problem: { code: 'not-a-hearth-export' } });
    expect(parseGroupExport(text({ ...doc(), version: 7 }))).toMatchObject({ ok: false, problem: { code: 'newer-version' } });
    const badSeq = doc();
    (badSeq.messages[1] as { seq: unknown }).seq = -3;
    expect(parseGroupExport(text(badSeq))).toMatchObject({ ok: false, problem: { code: 'invalid-field', path: 'messages.1.seq' } });
    const noDisclosure = { ...doc(), aiGenerated: false };
    expect(parseGroupExport(text(noDisclosure))).toMatchObject({ ok: false, problem: { code: 'invalid-field', path: 'aiGenerated' } });
    const dupSeq = doc();
    dupSeq.messages[1]!.seq = 0;
    expect(parseGroupExport(text(dupSeq))).toMatchObject({ ok: false, problem: { code: 'inconsistent', path: 'messages.1.seq' } });
    const stranger = doc();
    stranger.messages[1]!.author = { kind: 'member', memberId: 'member-9999' };
    expect(parseGroupExport(text(stranger))).toMatchObject({ ok: false, problem: { code: 'inconsistent', path: 'messages.1.author.memberId' } });
    const elsewhere = doc();
    elsewhere.nextSteps[0]!.groupId = 'group-0002';
    expect(parseGroupExport(text(elsewhere))).toMatchObject({ ok: false, problem: { code: 'inconsistent', path: 'nextSteps.0.groupId' } });
    expect(parseGroupExport(' '.repeat(128 * 1024 * 1024 + 1))).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  it('refuses persona and condition fields longer than a name or label could be (room to smuggle in a prompt)', () => {
    const text = (value: unknown) => JSON.stringify(value);
    const long = 'x'.repeat(121);
    const withPersona = (over: Record<string, unknown>) => {
      const d = structuredClone(doc());
      Object.assign(d.members[0]!.persona, over);
      return text(d);
    };
    expect(parseGroupExport(withPersona({ condition: long }))).toMatchObject({ ok: false, problem: { code: 'invalid-field', path: 'members.0.persona.condition' } });
    expect(parseGroupExport(withPersona({ conditionPackId: long }))).toMatchObject({ ok: false, problem: { code: 'invalid-field', path: 'members.0.persona.conditionPackId' } });
    expect(parseGroupExport(withPersona({ treatments: [{ treatmentId: 't', name: 'y'.repeat(161) }] }))).toMatchObject({ ok: false, problem: { code: 'invalid-field' } });
    const label = structuredClone(doc());
    label.group.conditionLabel = long;
    expect(parseGroupExport(text(label))).toMatchObject({ ok: false, problem: { code: 'invalid-field', path: 'group.conditionLabel' } });
    // At the limit, the same fields are fine.
    expect(parseGroupExport(withPersona({ condition: 'x'.repeat(120) }))).toMatchObject({ ok: true });
  });
});

describe('Markdown export', () => {
  it('opens with the AI disclosure, marks every peer as AI, numbers sources and lists them', () => {
    const md = renderGroupMarkdown(doc(), labels);
    expect(md.split('\n').slice(0, 4).join('\n')).toContain('Everyone in this group except you is AI-generated.');
    expect(md).toContain('**Rosa** (AI)');
    expect(md).toContain('**Rosa (AI)** · 1970-01-01 00:00 UTC _(interrupted)_');
    expect(md).toContain('It helps to rest [1]. [^1]');
    expect(md).toContain('[^1]: Lupus — NIAMS, <https://www.niams.nih.gov/health-topics/lupus> (from a pack you imported)');
    expect(md).toContain('- Call the clinic');
    expect(md).toContain('# Evenings &lt;b&gt;');
    expect(md).not.toContain('<b>');
  });
});
