// A scripted model for checking the harness itself on Hearth's fake Ollama (`--fake`): peers answer
// in the group's language, cite the first fact offered, and now and then slip the way real small
// models do (an advice sentence the guard must hold, a line written for another member, a reply in
// the wrong language), so every figure of the report is exercised. It measures the harness, not a model.
import { judged, triageAnswer, type ScriptRequest, type ScriptedReply } from '@tests/fake-ollama';

const EN = [
  'I remember feeling exactly like that in the first months.',
  'What helped me was keeping a small notebook of good and bad days.',
  'Some weeks are still hard, and that is okay.',
  'My sister was the first person I told, and it made the rest easier.',
];
const ES = [
  'Recuerdo sentirme exactamente así los primeros meses.',
  'A mí me ayudó llevar una libreta con los días buenos y los malos.',
  'Algunas semanas todavía son difíciles, y está bien.',
  'Mi hermana fue la primera persona a quien se lo conté, y eso me facilitó lo demás.',
];

/** The scripted peer replies; the n-th peer call of the run picks its words and its slip from n. */
export function harnessCheckModel(): (req: ScriptRequest) => ScriptedReply {
  let peer = 0;
  return judged({
    // The triage notices questions about doses and stopping a medicine, as a good model should.
    triage: (req: ScriptRequest) => triageAnswer(/(?:stop taking|half the dose|dejar de tomarlo|mitad de la dosis)[^\n]*\n*---/i.test(req.prompt) ? { medical: true } : {}),
    reply: (req) => {
      const n = peer++;
      const spanish = /Escribe en español/.test(req.prompt);
      const lines = spanish ? ES : EN;
      const cites = /\n\[1\] /.test(req.prompt) ? ' [1]' : '';
      let text = `${lines[n % lines.length]!}${cites} ${lines[(n + 1) % lines.length]!}`;
      if (n % 17 === 5) text = `${text} You should stop taking it for a few days.`;
      if (n % 23 === 7) text = `${text}\nNew member: thank you, that helps.`;
      if (n % 29 === 11) text = spanish ? EN[n % EN.length]! : text;
      if (n % 31 === 13) text = `${text} As an AI, I cannot know how you feel.`;
      return text;
    },
  });
}
