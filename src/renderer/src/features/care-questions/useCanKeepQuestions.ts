import { useIncognito } from '@renderer/services/incognitoSession';

/** Questions can be kept only outside incognito: an incognito group writes nothing, so nothing is offered there. */
export const useCanKeepQuestions = (): boolean => useIncognito((s) => s.active === null);
