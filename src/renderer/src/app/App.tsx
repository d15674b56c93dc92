import { AppShell } from './AppShell';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';

/** The application: the shell and the current screen. */
export function App() {
  return (
    <AppShell helpButton={null}>
      <WelcomeScreen />
    </AppShell>
  );
}
