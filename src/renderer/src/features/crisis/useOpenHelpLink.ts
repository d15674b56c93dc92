import { useState } from 'react';
import { useServices } from '@renderer/services/ServicesContext';

/** What happened to the last link the person chose: main is opening it, or it could not. */
export type LinkOutcome = { readonly href: string; readonly state: 'opening' | 'failed' } | undefined;

/**
 * Opens a help link outside the app through main (which allows only tel:, sms: and reviewed https
 * sites) and remembers the outcome, so the panel can say "use a phone" when the desktop can't.
 */
export function useOpenHelpLink(): { readonly outcome: LinkOutcome; open(href: string): void } {
  const { hearth } = useServices();
  const [outcome, setOutcome] = useState<LinkOutcome>(undefined);
  const open = (href: string): void => {
    setOutcome({ href, state: 'opening' });
    void hearth.shell
      .openExternal({ url: href })
      .then((result) => (result.ok ? undefined : setOutcome({ href, state: 'failed' })))
      .catch(() => setOutcome({ href, state: 'failed' }));
  };
  return { outcome, open };
}
