import { useServices } from '@renderer/services/ServicesContext';

/** Opens a source in the user's browser (main checks the allowlist). */
export function useOpenSource(): (url: string) => void {
  const { hearth } = useServices();
  return (url) => void hearth.shell.openExternal({ url });
}
