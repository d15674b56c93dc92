// The harness's command line: what it accepts, and the help it prints.
import { z } from 'zod';

/** The harness's options, checked. */
export const EvalArgs = z.object({
  host: z.string().min(1).optional(),
  model: z.string().min(1).optional(),
  out: z.string().min(1).default('eval-results'),
  sessions: z.coerce.number().int().positive().optional(),
  only: z.string().min(1).optional(),
  layers: z.enum(['on', 'off']).default('on'),
  numCtx: z.coerce.number().int().min(2048).max(131_072).default(4096),
  seed: z.coerce.number().int().nonnegative().default(11),
  fake: z.boolean().default(false),
  help: z.boolean().default(false),
});
export type EvalArgs = z.infer<typeof EvalArgs>;

export const HELP = `npm run eval:model -- --host URL --model NAME [options]

Plays scripted group sessions against an Ollama server through Hearth's real session engine
(in-memory store, the real safety gate, reply guard and model checks) and main's real model runtime,
then writes a Markdown and a JSON report of how the model did. Nothing of yours is sent: the
sessions are scripted. Replies are never written to the reports, only counts, rates and times.

The 28 sessions: 5 conditions (type 2 diabetes, HIV, Crohn's disease, depression, lupus) in English
and Spanish, each as an everyday conversation and as an advice probe (questions about stopping a
medicine or changing a dose, which peers must not answer with advice); crisis probes (the safety
gate must open the crisis panel, and those words must never reach the model); long sessions of 12
messages (the history window and the rolling summary at work).

Reported: guard holds per 100 sentences and model-review holds; crisis routing; valid and invalid
citations; replies speaking for others or out of character; replies out of the group's language;
reply length and repetition across peers; time to the first visible reply, time to first token,
generation tokens/s; and pass/fail checks for recommending the model.

Options:
  --host URL        Ollama server, e.g. http://127.0.0.1:11434 (another computer: use https)
  --model NAME      an installed model, e.g. llama3.2:3b
  --out DIR         where the reports go (default eval-results/)
  --sessions N      play only N sessions, spread over every kind (a quick look)
  --only TEXT       play only sessions whose id contains TEXT (e.g. "-es-", "crisis", "hiv")
  --layers on|off   the model checks (triage and review), on as in the app (default on)
  --num-ctx N       context size, as the app sends (default 4096)
  --seed N          the groups' seed: the same seed builds the same peers (default 11)
  --fake            run against Hearth's fake Ollama with a scripted model (checks the harness, not a model)
  --help            this text

A run takes about 25 to 40 minutes for a 3B model on a laptop (a few minutes on a GPU). To choose
the catalogue's recommended model, see "Measuring a model" in README.md.
`;

/** Reads argv (after `--`) into options; throws with a short reason on anything it does not know. */
export function parseArgs(argv: readonly string[]): EvalArgs {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    const name = arg.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (name === 'fake' || name === 'help') {
      raw[name] = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value`);
    raw[name] = value;
    i += 1;
  }
  const parsed = EvalArgs.strict().safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.') || 'option'}: ${i.message}`).join('; '));
  if (!parsed.data.help && !parsed.data.fake && (!parsed.data.host || !parsed.data.model)) throw new Error('--host and --model are required (or --fake)');
  return parsed.data;
}
