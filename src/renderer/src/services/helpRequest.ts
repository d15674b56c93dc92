// "Get help now" pressed in the frame painted before the app is there: the request waits here (a
// flag, no code of the panel's) and is answered the moment the app can open the panel. The frame's
// button must not pull the panel, its storage and its schemas into the code that runs before the
// first frame.

let answer: (() => void) | undefined;
let pending = false;

/** The frame's button: opens the panel now if the app is there, else as soon as it is. */
export function requestHelp(): void {
  if (answer) answer();
  else pending = true;
}

/** The app, once it can open the panel: answers a request made meanwhile, and every later one. */
export function answerHelpRequests(open: () => void): void {
  answer = open;
  if (pending) {
    pending = false;
    open();
  }
}
