import { isAppUrl } from './appOrigin';

/**
 * IPC calls are answered only for Hearth's own top-level page. A frame from anywhere else (an
 * injected iframe, a navigated page, about:blank) is refused.
 */
export function isTrustedSender(senderUrl: string | undefined, appOrigin: string): boolean {
  return typeof senderUrl === 'string' && isAppUrl(senderUrl, appOrigin);
}
