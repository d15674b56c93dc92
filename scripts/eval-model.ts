// `npm run eval:model -- --host URL --model NAME`: measures a model's quality as Hearth's peers
// through the real session engine and runtime. `--help` explains it; scripts/evalModel/ holds it.
import { HELP, parseArgs, type EvalArgs } from './evalModel/args';
import { evaluateModel } from './evalModel/evaluate';

async function main(): Promise<number> {
  let args: EvalArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const log = (line: string): void => console.log(line);
  if (args.fake) {
    // The harness checking itself: the fake Ollama at moderate speed, with a scripted model.
    const { startFakeOllama } = await import('@tests/fake-ollama');
    const { harnessCheckModel } = await import('./evalModel/fakeModel');
    const fake = await startFakeOllama({ reply: harnessCheckModel(), speed: { promptTokensPerSec: 4000, genTokensPerSec: 300 } });
    try {
      const outcome = await evaluateModel({ ...args, host: fake.url, model: args.model ?? 'llama3.2:3b' }, log);
      log(`\nReports: ${outcome.markdownPath}\n         ${outcome.jsonPath}`);
    } finally {
      await fake.close();
    }
    return 0;
  }
  const outcome = await evaluateModel({ ...args, host: args.host!, model: args.model! }, log);
  const failed = outcome.report.checks.filter((c) => !c.pass).map((c) => c.name);
  log(`\nReports: ${outcome.markdownPath}\n         ${outcome.jsonPath}`);
  log(failed.length ? `Checks failed: ${failed.join('; ')}` : 'Every check passed.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval:model: ${(error as Error).message}`);
    process.exit(1);
  },
);
