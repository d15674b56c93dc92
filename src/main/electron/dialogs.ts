import { dialog, type BrowserWindow } from 'electron';

// Main's own words (it has no i18n catalogue): English, and Spanish when the system speaks it.
const WORDS = {
  en: {
    remoteTitle: 'Use a model server on another computer?',
    remoteBody: (url: string) => `Hearth would send your conversations to:\n\n${url}\n\nWhoever runs that computer can read them. Only continue if it is yours or you trust it.`,
    remoteYes: 'Use this server',
    linkTitle: 'Open this address in your browser?',
    linkBody: (url: string) => `This link is not one Hearth has reviewed. Check the full address before you open it:\n\n${url}`,
    linkYes: 'Open',
    cancel: 'Cancel',
  },
  es: {
    remoteTitle: '¿Usar un servidor de modelos en otro equipo?',
    remoteBody: (url: string) => `Hearth enviaría tus conversaciones a:\n\n${url}\n\nQuien maneje ese equipo puede leerlas. Continúa solo si es tuyo o confías en él.`,
    remoteYes: 'Usar este servidor',
    linkTitle: '¿Abrir esta dirección en el navegador?',
    linkBody: (url: string) => `Hearth no ha revisado este enlace. Comprueba la dirección completa antes de abrirla:\n\n${url}`,
    linkYes: 'Abrir',
    cancel: 'Cancelar',
  },
} as const;

const words = (locale: string) => (locale.toLowerCase().startsWith('es') ? WORDS.es : WORDS.en);

async function ask(win: BrowserWindow | undefined, title: string, detail: string, yes: string, cancel: string): Promise<boolean> {
  const options = { type: 'warning' as const, title, message: title, detail, buttons: [cancel, yes], defaultId: 0, cancelId: 0, noLink: true };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return response === 1;
}

/** The native confirmation before a model server on another computer is used (cancel is the default). */
export const confirmRemoteHost = (win: () => BrowserWindow | undefined, locale: string) => (url: string): Promise<boolean> => {
  const w = words(locale);
  return ask(win(), w.remoteTitle, w.remoteBody(url), w.remoteYes, w.cancel);
};

/** The native confirmation, showing the full address, before a link outside the reviewed paths opens. */
export const confirmExternalLink = (win: () => BrowserWindow | undefined, locale: string) => (url: string): Promise<boolean> => {
  const w = words(locale);
  return ask(win(), w.linkTitle, w.linkBody(url), w.linkYes, w.cancel);
};
