import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AppServices, ServicesHost } from './services';

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { readonly services: AppServices; readonly children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/**
 * The app's root provider: follows the services host, and re-mounts everything below it when a
 * passphrase change swaps in a new database, so no component keeps reading the deleted one.
 */
export function ServicesHostProvider({ host, children }: { readonly host: ServicesHost; readonly children: ReactNode }) {
  const services = useSyncExternalStore(
    (onChange) => host.subscribe(onChange),
    () => host.current,
  );
  return (
    <ServicesProvider key={services.store.spaceName} services={services}>
      {children}
    </ServicesProvider>
  );
}

/** The app's services (database repositories, window.hearth, knowledge). */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
